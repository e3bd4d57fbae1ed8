"""The event loop.

rebeam's loop runs coroutines on a virtual clock: with no I/O to wait
for, time only moves when every ready callback has run, and it then jumps
to the earliest timer. asyncio.sleep(10) thus takes no real time, timers
fire in the order of their deadlines, and runs are deterministic. A loop
with nothing ready and no timer left while run_until_complete still waits
raises RuntimeError instead of hanging.
"""

import sys

__all__ = ("AbstractEventLoop", "Handle", "TimerHandle", "get_event_loop",
           "get_running_loop", "new_event_loop", "set_event_loop",
           "_get_running_loop")


class Handle:
    """A callback scheduled by call_soon."""

    __slots__ = ("_callback", "_args", "_cancelled", "_loop")

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": f"Exception in callback {self._callback!r}",
                "exception": exc,
            })


class TimerHandle(Handle):
    """A callback scheduled by call_later or call_at."""

    __slots__ = ("_when",)

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    """The event loop: ready callbacks and timers over a virtual clock."""

    def __init__(self):
        self._ready = []
        self._timers = []      # TimerHandles sorted by deadline, FIFO on ties
        self._clock = 0.0
        self._running = False
        self._stopping = False
        self._closed = False
        self._exception_handler = None

    def __repr__(self):
        return (f"<{type(self).__name__} running={self._running} "
                f"closed={self._closed}>")

    # time and scheduling

    def time(self):
        return self._clock

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._clock + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self)
        timers = self._timers
        lo, hi = 0, len(timers)
        while lo < hi:
            mid = (lo + hi) // 2
            if timers[mid]._when <= when:
                lo = mid + 1
            else:
                hi = mid
        timers.insert(lo, h)
        return h

    # futures and tasks

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from .tasks import Task
        self._check_closed()
        return Task(coro, loop=self, name=name, context=context)

    # running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def _run_once(self):
        if not self._ready:
            timers = self._timers
            while timers and timers[0]._cancelled:
                timers.pop(0)
            if not timers:
                return False
            if timers[0]._when > self._clock:
                self._clock = timers[0]._when
        timers = self._timers
        while timers and timers[0]._when <= self._clock:
            h = timers.pop(0)
            if not h._cancelled:
                self._ready.append(h)
        batch = self._ready
        self._ready = []
        for h in batch:
            if not h._cancelled:
                h._run()
        return True

    def _enter(self):
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running")
        self._running = True
        _set_running_loop(self)

    def _leave(self):
        self._running = False
        self._stopping = False
        _set_running_loop(None)

    def run_forever(self):
        self._enter()
        try:
            while not self._stopping:
                if not self._run_once():
                    raise RuntimeError(
                        "Event loop has nothing left to run (rebeam's loop "
                        "has no I/O to wait for)")
        finally:
            self._leave()

    def run_until_complete(self, future):
        from .tasks import ensure_future
        self._check_closed()
        future = ensure_future(future, loop=self)
        self._enter()
        try:
            while not future.done():
                if self._stopping:
                    raise RuntimeError(
                        "Event loop stopped before Future completed.")
                if not self._run_once():
                    raise RuntimeError(
                        "Event loop stopped before Future completed: every "
                        "task waits and no timer is left (deadlock)")
        finally:
            self._leave()
        return future.result()

    # errors

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        exc = context.get("exception")
        print(message, file=sys.stderr)
        if exc is not None:
            print(f"{type(exc).__name__}: {exc}", file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


_running_loop = None
_event_loop = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """Return the running event loop; RuntimeError when there is none."""
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def new_event_loop():
    return AbstractEventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def get_event_loop():
    """Return the running loop, else the current one (made on demand)."""
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop.is_closed():
        _event_loop = new_event_loop()
    return _event_loop
