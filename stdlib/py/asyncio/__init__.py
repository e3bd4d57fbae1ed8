"""rebeam's asyncio: an event loop for coroutines, written in Python.

It covers what programs use most: run, sleep, create_task, gather,
wait_for, wait, as_completed, shield, timeout, TaskGroup, Future, Task,
Queue, Event, Lock, Condition, Semaphore, Barrier and the exceptions. There is no
I/O (no streams, subprocesses or executors): the loop runs on a virtual
clock that jumps to the next timer when nothing is ready (see events.py),
so sleeps take no real time and runs are deterministic.
"""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .timeouts import *
from .taskgroups import *
from .runners import *

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ +
           tasks.__all__ + locks.__all__ + queues.__all__ +
           timeouts.__all__ + taskgroups.__all__ + runners.__all__)
