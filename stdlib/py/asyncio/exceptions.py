"""asyncio's exception classes."""

__all__ = ("BrokenBarrierError", "CancelledError", "InvalidStateError",
           "TimeoutError", "QueueEmpty", "QueueFull")

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The task or future was cancelled."""


class InvalidStateError(Exception):
    """The operation does not fit the future's state."""


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class BrokenBarrierError(RuntimeError):
    """A Barrier was broken (aborted or reset) while being waited on."""
