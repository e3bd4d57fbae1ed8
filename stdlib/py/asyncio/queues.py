"""Queues for coroutines: Queue (FIFO), PriorityQueue and LifoQueue.

put() waits while a bounded queue is full, get() while it is empty; the
waiting coroutines are served in arrival order.
"""

import heapq
import types
from collections import deque

from . import events
from .exceptions import QueueEmpty, QueueFull
from .locks import Event

__all__ = ("Queue", "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull")


def _wake_one(waiting):
    """Wake the first of the futures that still waits."""
    while waiting:
        fut = waiting.popleft()
        if not fut.done():
            fut.set_result(None)
            return


async def _wait_turn(waiting, still_blocked):
    """Queue up in `waiting` until woken. If cancelled after being woken,
    hand the wake-up on to the next in line so that it is not lost."""
    fut = events.get_running_loop().create_future()
    waiting.append(fut)
    try:
        await fut
    except BaseException:
        fut.cancel()
        if fut in waiting:
            waiting.remove(fut)
        if not still_blocked() and not fut.cancelled():
            _wake_one(waiting)
        raise


class Queue:
    """A FIFO queue holding at most maxsize items (no bound if maxsize <= 0).

    task_done() and join() track the items put whose processing has not
    been reported finished."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._all_done = Event()
        self._all_done.set()
        self._init(maxsize)

    __class_getitem__ = classmethod(types.GenericAlias)

    # Storage; subclasses change the order.
    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _summary(self):
        text = f"maxsize={self._maxsize!r}"
        if getattr(self, "_queue", None):
            text += f" _queue={list(self._queue)!r}"
        if self._getters:
            text += f" _getters[{len(self._getters)}]"
        if self._putters:
            text += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            text += f" tasks={self._unfinished_tasks}"
        return text

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._summary()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._summary()}>"

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        while self.full():
            await _wait_turn(self._putters, self.full)
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._all_done.clear()
        _wake_one(self._getters)

    async def get(self):
        while self.empty():
            await _wait_turn(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_one(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._all_done.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._all_done.wait()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A queue that hands out the item put last first."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()
