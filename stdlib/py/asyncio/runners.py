"""asyncio.run and Runner."""

from . import events, tasks
from .exceptions import CancelledError

__all__ = ("run", "Runner")


class Runner:
    """Runs coroutines on one event loop, closed by close() or on exit."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop_factory = loop_factory
        self._loop = None

    def __enter__(self):
        self.get_loop()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        if self._loop is None:
            if self._loop_factory is None:
                self._loop = events.new_event_loop()
                events.set_event_loop(self._loop)
            else:
                self._loop = self._loop_factory()
        return self._loop

    def run(self, coro, *, context=None):
        if not tasks.iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if events._get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        return self.get_loop().run_until_complete(coro)

    def close(self):
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            _cancel_all_tasks(loop)
        finally:
            if self._loop_factory is None:
                events.set_event_loop(None)
            loop.close()
            self._loop = None


def _cancel_all_tasks(loop):
    to_cancel = [t for t in tasks.all_tasks(loop) if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    try:
        loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    except RuntimeError:
        pass
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


def run(main, *, debug=None):
    """Run the coroutine main on a new event loop and return its result."""
    if events._get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)
