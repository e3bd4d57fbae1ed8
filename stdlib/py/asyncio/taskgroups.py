"""TaskGroup: structured concurrency for tasks.

`async with TaskGroup() as tg:` waits on exit for every task created with
tg.create_task(). When one of them fails, the others and the body are
cancelled, and the failures come out together in an ExceptionGroup.
"""

from . import events, tasks
from .exceptions import CancelledError

__all__ = ("TaskGroup",)


def _fatal(exc):
    # Errors that are raised as themselves, not inside a group.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """An async context manager owning a set of tasks."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._shutting_down = False
        self._loop = None
        self._owner = None          # the task running the async with body
        self._owner_cancelled = False
        self._tasks = set()
        self._errors = []
        self._fatal_error = None
        self._all_done = None       # future awaited by __aexit__

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append(f"tasks={len(self._tasks)}")
        if self._errors:
            parts.append(f"errors={len(self._errors)}")
        if self._shutting_down:
            parts.append("cancelling")
        elif self._entered:
            parts.append("entered")
        return "<TaskGroup" + "".join(" " + p for p in parts) + ">"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._loop = events.get_running_loop()
        self._owner = tasks.current_task()
        if self._owner is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    def create_task(self, coro, *, name=None, context=None):
        """Start coro as a task of this group."""
        if not self._entered:
            problem = "has not been entered"
        elif self._exiting and not self._tasks:
            problem = "is finished"
        elif self._shutting_down:
            problem = "is shutting down"
        else:
            problem = None
        if problem is not None:
            if hasattr(coro, "close"):
                coro.close()
            raise RuntimeError(f"TaskGroup {self!r} {problem}")
        task = self._loop.create_task(coro, name=name, context=context)
        self._tasks.add(task)
        task.add_done_callback(self._child_done)
        return task

    def _cancel_children(self):
        self._shutting_down = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _child_done(self, task):
        self._tasks.discard(task)
        if not self._tasks and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(True)
        exc = None if task.cancelled() else task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        if self._owner.done():
            # Nobody is left to hear about it but the loop.
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent "
                           f"task {self._owner} is already completed",
                "exception": exc,
                "task": task,
            })
            return
        if not self._shutting_down and not self._owner_cancelled:
            # Stop the siblings and interrupt the body of the async with.
            self._cancel_children()
            self._owner_cancelled = True
            self._owner.cancel()

    async def __aexit__(self, exc_type, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc

        cancellation = exc if exc_type is CancelledError else None
        if self._owner_cancelled and self._owner.uncancel() == 0:
            # The cancellation was ours, not the caller's: swallow it.
            cancellation = None
        if exc_type is not None and not self._shutting_down:
            self._cancel_children()

        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as outside:
                if not self._shutting_down:
                    cancellation = outside
                    self._cancel_children()
            self._all_done = None

        if self._fatal_error is not None:
            raise self._fatal_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if exc_type is not None and exc_type is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None
