"""Synchronized queues for passing work between threads.

Queue is first in, first out; LifoQueue hands back the newest item first;
PriorityQueue the smallest. Blocking calls suspend only the calling thread.
"""

import threading
import heapq
import types
from collections import deque
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    "Raised by a non-blocking or timed-out get() on an empty queue."


class Full(Exception):
    "Raised by a non-blocking or timed-out put() on a full queue."


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_until(cond, ready, block, timeout, failure):
    """Wait on cond (held) until ready() holds; raise failure if it doesn't in time."""
    if not block:
        if not ready():
            raise failure()
        return
    if timeout is None:
        while not ready():
            cond.wait()
        return
    _check_timeout(timeout)
    deadline = _now() + timeout
    while not ready():
        left = deadline - _now()
        if left <= 0.0:
            raise failure()
        cond.wait(left)


class Queue:
    """A FIFO queue holding at most maxsize items (no bound if maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        # The three conditions share one lock, so holding any of them
        # guards the items and the task count.
        lock = threading.Lock()
        self.mutex = lock
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(lock) for _ in range(3))
        self._init(maxsize)

    __class_getitem__ = classmethod(types.GenericAlias)

    # Storage hooks; subclasses change the order by overriding them.
    def _qsize(self):
        return len(self.queue)

    def _init(self, maxsize):
        self.queue = deque()

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def _has_items(self):
        return self._qsize() > 0

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._has_items()

    def full(self):
        with self.mutex:
            return not self._has_room()

    def put(self, item, block=True, timeout=None):
        bounded = self.maxsize > 0
        with self.not_full:
            if bounded:
                _wait_until(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            _wait_until(self.not_empty, self._has_items, block, timeout, Empty)
            try:
                return self._get()
            finally:
                self.not_full.notify()

    def put_nowait(self, item):
        self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()


class LifoQueue(Queue):
    """A queue whose get() returns the most recently added item."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A queue whose get() returns the smallest item (as heapq orders them)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._items = deque()
        self._ready = threading.Condition(threading.Lock())

    __class_getitem__ = classmethod(types.GenericAlias)

    def put(self, item, block=True, timeout=None):
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        with self._ready:
            _wait_until(self._ready, lambda: bool(self._items), block, timeout, Empty)
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
