"""Tasks, and the functions that run awaitables together or with limits:
create_task, gather, wait, wait_for, as_completed, shield and sleep."""

import contextvars
from . import events
from .exceptions import CancelledError, InvalidStateError, TimeoutError
from .futures import Future, isfuture

__all__ = ("Task", "create_task", "current_task", "all_tasks", "sleep",
           "gather", "wait_for", "wait", "as_completed", "shield",
           "ensure_future", "iscoroutine", "iscoroutinefunction",
           "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED")

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_CO_COROUTINE = 0x80


async def _sample():
    pass


_sample_coro = _sample()
_CoroutineType = type(_sample_coro)
_sample_coro.close()
del _sample, _sample_coro


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    return isinstance(obj, _CoroutineType)


def iscoroutinefunction(func):
    """Whether func is an async def function (or a method or partial of one)."""
    while True:
        inner = getattr(func, "__func__", None) or getattr(func, "func", None)
        if inner is None or inner is func:
            break
        func = inner
    if getattr(func, "_is_coroutine", False):
        return True
    flags = getattr(getattr(func, "__code__", None), "co_flags", 0)
    return bool(flags & _CO_COROUTINE)


# The task whose step is running, per loop, and the live tasks.
_stepping = {}
_live = {}
_names = [0]


def current_task(loop=None):
    """The task running now on loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _stepping.get(id(loop))


def all_tasks(loop=None):
    """The tasks of loop (the running loop by default) not finished yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_live.values()) if t._loop is loop and not t.done()}


def _where(coro, code):
    """Where a coroutine is: its line while it runs, its definition after."""
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", "coroutine")
    frame = getattr(coro, "cr_frame", None)
    if frame is not None:
        return f"{name}() running at {frame.f_code.co_filename}:{frame.f_lineno}"
    if code is not None:
        return f"{name}() done, defined at {code.co_filename}:{code.co_firstlineno}"
    return f"{name}()"


class Task(Future):
    """A coroutine driven by the event loop; itself a Future of the
    coroutine's result."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        _names[0] += 1          # counted even for named tasks
        self._name = f"Task-{_names[0]}" if name is None else str(name)
        self._coro = coro
        frame = getattr(coro, "cr_frame", None)
        self._coro_code = getattr(coro, "cr_code", None) or (frame.f_code if frame else None)
        self._context = contextvars.copy_context() if context is None else context
        self._awaiting = None          # the future the coroutine waits on
        self._cancel_pending = False   # cancel() came while nothing was awaited
        self._cancel_requests = 0
        _live[id(self)] = self
        self._loop.call_soon(self._step)

    def __repr__(self):
        if self._state == "PENDING" and self._cancel_requests:
            state = "cancelling"
        else:
            state = self._state.lower()
        text = f"<Task {state} name={self._name!r} coro=<{_where(self._coro, self._coro_code)}>"
        if self._state == "FINISHED":
            if self._exception is not None:
                text += f" exception={self._exception!r}"
            else:
                text += f" result={self._result!r}"
        elif self._awaiting is not None:
            text += f" wait_for={self._awaiting!r}"
        return text + ">"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_context(self):
        return self._context

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        """Ask the task to stop: a CancelledError is thrown into its coroutine
        at the next step. False if it has already finished."""
        if self.done():
            return False
        self._cancel_requests += 1
        if self._awaiting is not None and self._awaiting.cancel(msg=msg):
            return True
        self._cancel_pending = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    # driving the coroutine

    def _finish(self, how, value=None):
        _live.pop(id(self), None)
        if how == "result":
            Future.set_result(self, value)
        elif how == "exception":
            Future.set_exception(self, value)
        else:
            Future.cancel(self, msg=value)

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._cancel_pending:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._cancel_pending = False
        self._awaiting = None
        key = id(self._loop)
        outer_task = _stepping.get(key)
        _stepping[key] = self
        outer_context = contextvars._swap(self._context)
        try:
            self._advance(exc)
        finally:
            contextvars._swap(outer_context)
            if outer_task is None:
                _stepping.pop(key, None)
            else:
                _stepping[key] = outer_task

    def _advance(self, exc):
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._cancel_pending:
                # Cancelled just as the coroutine returned.
                self._cancel_pending = False
                self._finish("cancel", self._cancel_message)
            else:
                self._finish("result", stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            self._finish("cancel")
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish("exception", fatal)
            raise
        except BaseException as error:
            self._finish("exception", error)
        else:
            self._suspend_on(yielded)

    def _suspend_on(self, yielded):
        if yielded is None:
            # A bare yield gives the other callbacks one turn.
            self._loop.call_soon(self._step)
            return
        blocking = getattr(yielded, "_asyncio_future_blocking", None)
        if blocking is None:
            problem = f"Task got bad yield: {yielded!r}"
        elif not blocking:
            problem = (f"yield was used instead of yield from in task "
                       f"{self!r} with {yielded!r}")
        elif yielded is self:
            problem = f"Task cannot await on itself: {self!r}"
        elif getattr(yielded, "_loop", self._loop) is not self._loop:
            problem = (f"Task {self!r} got Future {yielded!r} attached to a "
                       f"different loop")
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self._wake)
            self._awaiting = yielded
            if self._cancel_pending and yielded.cancel(msg=self._cancel_message):
                self._cancel_pending = False
            return
        self._loop.call_soon(self._step, RuntimeError(problem))

    def _wake(self, fut):
        try:
            fut.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task on the running loop."""
    return events.get_running_loop().create_task(coro, name=name, context=context)


async def _await_it(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future for the argument: a future as it is, a coroutine or
    other awaitable wrapped in a Task."""
    obj = coro_or_future
    if isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError("The future belongs to a different loop than "
                             "the one specified as the loop argument")
        return obj
    if not iscoroutine(obj):
        if not hasattr(type(obj), "__await__"):
            raise TypeError("An asyncio.Future, a coroutine or an awaitable "
                            "is required")
        obj = _await_it(obj)
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(obj)


class _OneTurn:
    """Awaiting it yields to the loop once."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Return result after delay seconds (at once, after one turn of the
    loop, if delay <= 0)."""
    if delay <= 0:
        await _OneTurn()
        return result
    loop = events.get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, _resolve_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


def _resolve_unless_cancelled(fut, value):
    if not fut.cancelled():
        fut.set_result(value)


def _wake_waiter(waiter, *ignored):
    if not waiter.done():
        waiter.set_result(None)


# ---------------------------------------------------------------- gather

class _GatheringFuture(Future):
    """gather()'s result: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._cancel_requested = False
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = [child.cancel(msg=msg) for child in self._children]
        if any(hit):
            self._cancel_requested = True
        return any(hit)


def _outcome(fut):
    """What gather(return_exceptions=True) reports for a finished future."""
    if fut.cancelled():
        msg = fut._cancel_message
        return CancelledError("" if msg is None else msg)
    exc = fut.exception()
    return fut.result() if exc is None else exc


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; a future of the list of their
    results, in argument order. Without return_exceptions the first
    error is propagated; with it, errors are results."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer

    seen = {}
    children = []
    loop = None
    gathered = None
    finished = 0

    def child_done(fut):
        nonlocal finished
        finished += 1
        if gathered is None or gathered.done():
            if not fut.cancelled():
                fut.exception()     # counts as retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                gathered.set_exception(fut._make_cancelled_error())
                return
            if fut.exception() is not None:
                gathered.set_exception(fut.exception())
                return
        if finished < len(seen):
            return
        if gathered._cancel_requested:
            gathered.set_exception(fut._make_cancelled_error())
        else:
            gathered.set_result([_outcome(child) for child in children])

    for arg in coros_or_futures:
        fut = seen.get(arg)
        if fut is None:
            fut = seen[arg] = ensure_future(arg, loop=loop)
            loop = loop or fut.get_loop()
            fut.add_done_callback(child_done)
        children.append(fut)
    gathered = _GatheringFuture(children, loop=loop)
    return gathered


# ------------------------------------------------------------------ wait

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures or tasks in fs; returns (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = events.get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait_for_set(fs, timeout, return_when, loop)


async def _wait_for_set(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _wake_waiter, waiter)
    left = len(fs)

    def one_done(f):
        nonlocal left
        left -= 1
        failed = not f.cancelled() and f.exception() is not None
        if (left <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and failed)):
            if timer is not None:
                timer.cancel()
            _wake_waiter(waiter)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


async def _cancel_and_await(fut, loop):
    waiter = loop.create_future()
    release = lambda f: _wake_waiter(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError if it takes longer
    than timeout seconds (None: no limit)."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        return await _give_up(fut, loop)

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _wake_waiter, waiter)
    release = lambda f: _wake_waiter(waiter)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            # We are cancelled ourselves: pass it on unless fut made it.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_await(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        return await _give_up(fut, loop)
    finally:
        timer.cancel()


async def _give_up(fut, loop):
    """Cancel fut after a timeout: its result if it still made one, else
    TimeoutError."""
    await _cancel_and_await(fut, loop)
    try:
        return fut.result()
    except CancelledError as cancelled:
        raise TimeoutError() from cancelled


# ---------------------------------------------------------- as_completed

def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give the results of fs in the order
    they complete; TimeoutError once timeout seconds have passed."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    finished = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def expire():
        for f in todo:
            f.remove_done_callback(completed)
            finished.put_nowait(None)
        todo.clear()

    def completed(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_result():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(completed)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, expire)
    for _ in range(len(todo)):
        yield next_result()


# ---------------------------------------------------------------- shield

def shield(arg):
    """Protect an awaitable from cancellation: cancelling the returned
    future leaves the inner one running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(inner):
        error = None if inner.cancelled() else inner.exception()
        if outer.cancelled():
            return      # nobody waits for the result any more
        if inner.cancelled():
            outer.cancel()
        elif error is not None:
            outer.set_exception(error)
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer
