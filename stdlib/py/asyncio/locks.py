"""Synchronization primitives for coroutines: Lock, Event, Condition,
Semaphore, BoundedSemaphore and Barrier.

They are not thread-safe; waiters queue up in arrival order and are
woken first in, first out.
"""

from collections import deque

from . import events
from .exceptions import BrokenBarrierError, CancelledError

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore",
           "Barrier")

class _Primitive:
    """Common ground: no loop argument, a queue of waiting futures and a
    repr naming the state."""

    def __init__(self):
        self._waiters = deque()

    def _describe(self):
        return ""

    def __repr__(self):
        plain = object.__repr__(self)[1:-1]
        return f"<{plain} [{self._describe()}]>"

    def _new_waiter(self):
        fut = events.get_running_loop().create_future()
        self._waiters.append(fut)
        return fut

    async def _park(self, fut):
        """Wait for fut, leaving the queue however the wait ends."""
        try:
            return await fut
        finally:
            self._waiters.remove(fut)

    def _pending_waiters(self):
        return [w for w in self._waiters if not w.done()]


class _HeldWithAsyncWith:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_HeldWithAsyncWith, _Primitive):
    """A mutual-exclusion lock for coroutines."""

    def __init__(self):
        super().__init__()
        self._held = False

    def _describe(self):
        text = "locked" if self._held else "unlocked"
        if self._waiters:
            text += f", waiters:{len(self._waiters)}"
        return text

    def locked(self):
        return self._held

    async def acquire(self):
        if not self._held and all(w.cancelled() for w in self._waiters):
            self._held = True
            return True
        fut = self._new_waiter()
        try:
            await self._park(fut)
        except CancelledError:
            # Pass the turn on if we were woken but will not take it.
            if not self._held:
                self._wake_first()
            raise
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError("Lock is not acquired.")
        self._held = False
        self._wake_first()

    def _wake_first(self):
        if self._waiters:
            first = self._waiters[0]
            if not first.done():
                first.set_result(True)


class Event(_Primitive):
    """A flag coroutines can wait for."""

    def __init__(self):
        super().__init__()
        self._on = False

    def _describe(self):
        text = "set" if self._on else "unset"
        if self._waiters:
            text += f", waiters:{len(self._waiters)}"
        return text

    def is_set(self):
        return self._on

    def set(self):
        if self._on:
            return
        self._on = True
        for fut in self._pending_waiters():
            fut.set_result(True)

    def clear(self):
        self._on = False

    async def wait(self):
        if self._on:
            return True
        await self._park(self._new_waiter())
        return True


class Condition(_HeldWithAsyncWith, _Primitive):
    """Lets coroutines wait until notified, over a Lock (a new one unless
    given)."""

    def __init__(self, lock=None):
        super().__init__()
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def _describe(self):
        text = "locked" if self.locked() else "unlocked"
        if self._waiters:
            text += f", waiters:{len(self._waiters)}"
        return text

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            await self._park(self._new_waiter())
            return True
        finally:
            # Take the lock back even if cancelled meanwhile; report the
            # cancellation once it is held again.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    interrupted = True
            if interrupted:
                raise CancelledError

    async def wait_for(self, predicate):
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        for fut in self._pending_waiters()[:n]:
            fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_HeldWithAsyncWith, _Primitive):
    """A counter: acquire() takes one (waiting while none is left),
    release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        super().__init__()
        self._value = value

    def _describe(self):
        text = "locked" if self.locked() else f"unlocked, value:{self._value}"
        if self._waiters:
            text += f", waiters:{len(self._waiters)}"
        return text

    def locked(self):
        # Waiters that are still queued keep newcomers out (fairness).
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._new_waiter()
        try:
            try:
                await self._park(fut)
            except CancelledError:
                if fut.done() and not fut.cancelled():
                    # A unit was handed to us; give it back.
                    self._value += 1
                raise
        finally:
            while self._value > 0 and self._hand_over():
                pass
        return True

    def release(self):
        self._value += 1
        self._hand_over()

    def _hand_over(self):
        """Give a unit to the first waiter still waiting, if any."""
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        self._limit = value
        super().__init__(value)

    def release(self):
        if self._value >= self._limit:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


_FILLING = "filling"
_DRAINING = "draining"
_RESETTING = "resetting"
_BROKEN = "broken"


class Barrier(_Primitive):
    """Makes `parties` coroutines wait until all of them have called wait()."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        super().__init__()
        self._cond = Condition()
        self._parties = parties
        self._phase = _FILLING
        self._inside = 0

    @property
    def broken(self):
        return self._phase == _BROKEN

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    def _describe(self):
        text = self._phase
        if self._phase != _BROKEN:
            text += f", waiters:{self.n_waiting}/{self._parties}"
        return text

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        async with self._cond:
            # The previous round has to empty out first.
            await self._cond.wait_for(
                lambda: self._phase not in (_DRAINING, _RESETTING))
            if self._phase == _BROKEN:
                raise BrokenBarrierError("Barrier aborted")
            arrival = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._phase = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._phase != _FILLING)
                    if self._phase in (_BROKEN, _RESETTING):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return arrival
            finally:
                self._inside -= 1
                if not self._inside and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._inside:
                if self._phase != _RESETTING:
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._phase = _BROKEN
            self._cond.notify_all()
