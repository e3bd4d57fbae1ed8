"""Threads and the classic synchronization primitives over rebeam's _thread.

Under the actor runtime each Thread is a rebeam process sharing every
object with the one that started it; waiting on a lock, event, condition
or join suspends only the waiting process.
"""

import sys as _sys
import _thread
from time import monotonic as _clock
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'excepthook',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'get_native_id', 'gettrace', 'getprofile']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
_new_lock = _thread.allocate_lock

_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Remember func as the trace function of threads started from now on."""
    _hooks['trace'] = func


def gettrace():
    return _hooks['trace']


def setprofile(func):
    """Remember func as the profile function of threads started from now on."""
    _hooks['profile'] = func


def getprofile():
    return _hooks['profile']


def stack_size(size=0):
    """Stack sizes are not configurable here; accepts the values CPython does."""
    if size < 0:
        raise ValueError('size must be 0 or a positive value')
    if 0 < size < 32768:
        raise ValueError(f'size not valid: {size} bytes')
    return 0


def _remaining(deadline):
    """Seconds left until deadline (None: no limit), never negative."""
    if deadline is None:
        return None
    return max(0.0, deadline - _clock())


def _deadline(timeout):
    if timeout is None or timeout < 0:
        return None
    return _clock() + timeout


# ---------------------------------------------------------------- RLock

class RLock:
    """A lock its owner may take again; each acquire needs its release."""

    def __init__(self):
        self._inner = _new_lock()
        self._holder = None
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._holder == me:
            self._depth += 1
            return True
        if not self._inner.acquire(blocking, timeout):
            return False
        self._holder = me
        self._depth = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._holder != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._depth -= 1
        if self._depth == 0:
            self._holder = None
            self._inner.release()

    def __exit__(self, *exc_info):
        self.release()

    def locked(self):
        return self._inner.locked()

    # The protocol Condition uses to give the lock up entirely while it
    # waits, whatever the depth, and to take it back as it was.
    def _give_up(self):
        state = (self._holder, self._depth)
        self._holder, self._depth = None, 0
        self._inner.release()
        return state

    def _take_back(self, state):
        self._inner.acquire()
        self._holder, self._depth = state

    def _held_by_me(self):
        return self._holder == get_ident()

    def __repr__(self):
        cls = type(self)
        state = 'locked' if self._inner.locked() else 'unlocked'
        return (f'<{state} {cls.__module__}.{cls.__qualname__} object '
                f'owner={self._holder or 0} count={self._depth} at {id(self):#x}>')


RLock.__module__ = '_thread'
_PyRLock = RLock


# ------------------------------------------------------------ Condition

class Condition:
    """A condition variable bound to a lock (a new RLock by default)."""

    def __init__(self, lock=None):
        self._sleepers = _deque()      # one locked gate per waiting thread
        self._lock = RLock() if lock is None else lock
        self.acquire, self.release = self._lock.acquire, self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f'<Condition({self._lock!r}, {len(self._sleepers)})>'

    def _owned(self):
        check = getattr(self._lock, '_held_by_me', None)
        if check is not None:
            return check()
        # A plain lock does not know its owner: owned means "taken".
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _let_go(self):
        give_up = getattr(self._lock, '_give_up', None)
        if give_up is not None:
            return give_up()
        self._lock.release()
        return None

    def _regain(self, state):
        take_back = getattr(self._lock, '_take_back', None)
        if take_back is not None:
            take_back(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        gate = _new_lock()
        gate.acquire()
        self._sleepers.append(gate)
        state = self._let_go()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._regain(state)
            if not woken:
                try:
                    self._sleepers.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = _deadline(timeout)
        result = predicate()
        while not result:
            if deadline is not None:
                left = _remaining(deadline)
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        while n > 0 and self._sleepers:
            self._sleepers.popleft().release()
            n -= 1

    def notify_all(self):
        self.notify(len(self._sleepers))

    notifyAll = notify_all


# ----------------------------------------------------------- Semaphores

class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value
        self._cond = Condition(Lock())

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: '
                f'value={self._value}>')

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if blocking:
                ok = self._cond.wait_for(lambda: self._value > 0, timeout)
            else:
                ok = self._value > 0
            if ok:
                self._value -= 1
            return bool(ok)

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def _check_room(self, n):
        pass

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._check_room(n)
            self._value += n
            self._cond.notify(n)


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: '
                f'value={self._value}/{self._limit}>')

    def _check_room(self, n):
        if self._value + n > self._limit:
            raise ValueError('Semaphore released too many times')


# ---------------------------------------------------------------- Event

class Event:
    """A flag threads can wait on until another sets it."""

    def __init__(self):
        self._flag_changed = Condition(Lock())
        self._up = False

    def __repr__(self):
        cls = type(self)
        state = 'set' if self._up else 'unset'
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {state}>'

    def is_set(self):
        return self._up

    isSet = is_set

    def _put(self, up):
        with self._flag_changed:
            self._up = up
            if up:
                self._flag_changed.notify_all()

    def set(self):
        self._put(True)

    def clear(self):
        self._put(False)

    def wait(self, timeout=None):
        with self._flag_changed:
            return self._flag_changed.wait_for(self.is_set, timeout)


# -------------------------------------------------------------- Barrier

class BrokenBarrierError(RuntimeError):
    pass


_FILLING, _DRAINING, _RESETTING, _BROKEN = range(4)


class Barrier:
    """Makes `parties` threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._cond = Condition(Lock())
        self._phase = _FILLING
        self._inside = 0     # threads currently in wait()

    def __repr__(self):
        cls = type(self)
        head = f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}'
        if self._phase == _BROKEN:
            return head + ': broken>'
        return head + f': waiters={self.n_waiting}/{self._parties}>'

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads of the previous round must leave before a new one fills.
            self._cond.wait_for(lambda: self._phase in (_FILLING, _BROKEN))
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            arrival = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return arrival
            finally:
                self._inside -= 1
                if self._inside == 0 and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._inside:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


# --------------------------------------------------------------- Thread

_registry_lock = _new_lock()
_running = {}               # ident -> Thread, for threads that have started
_name_counter = [0]
_dummy_counter = [0]


def _next_number(counter):
    with _registry_lock:
        counter[0] += 1
        return counter[0]


class ExceptHookArgs(tuple):
    """What threading.excepthook receives: exc_type, exc_value,
    exc_traceback and thread."""

    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError(f'_thread._ExceptHookArgs() takes a 4-sequence '
                            f'({len(seq)}-sequence given)')
        return super().__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        parts = ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self))
        return f'_thread._ExceptHookArgs({parts})'


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


def excepthook(args, /):
    """Report an exception that ended a thread's run() on sys.stderr."""
    if args.exc_type is SystemExit:
        return
    import traceback
    stream = _sys.stderr
    if stream is None and args.thread is not None:
        stream = getattr(args.thread, '_stderr', None)
    if stream is None:
        return
    who = args.thread.name if args.thread is not None else get_ident()
    print(f'Exception in thread {who}:', file=stream, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stream)
    stream.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: runs target(*args, **kwargs), or an
    overridden run(), once start() is called."""

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        if name is None:
            name = f'Thread-{_next_number(_name_counter)}'
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        else:
            name = str(name)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = name
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = bool(daemon)
        self._ident = None
        self._native_id = None
        self._began = Event()
        self._finished = False
        self._end = _new_lock()     # held from start() until run() is over
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        if not getattr(self, '_initialized', False):
            raise AssertionError('Thread.__init__() was not called')
        if self._finished:
            status = 'stopped'
        elif self._began.is_set():
            status = 'started'
        else:
            status = 'initial'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def _check_init(self):
        if not getattr(self, '_initialized', False):
            raise RuntimeError('thread.__init__() not called')

    def start(self):
        self._check_init()
        if self._began.is_set() or self._end.locked():
            raise RuntimeError('threads can only be started once')
        self._end.acquire()
        try:
            _thread.start_new_thread(self._enter, (), None, self._daemonic)
        except BaseException:
            self._end.release()
            raise
        self._began.wait()

    def _enter(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _running[self._ident] = self
        self._began.set()
        try:
            self.run()
        except BaseException:
            self._report(*_sys.exc_info())
        finally:
            with _registry_lock:
                _running.pop(self._ident, None)
            self._finished = True
            self._end.release()

    def _report(self, kind, value, tb):
        hook = globals()['excepthook']
        try:
            hook(ExceptHookArgs((kind, value, tb, self)))
        except BaseException as failure:
            # A failing hook is reported as sys.excepthook would.
            import traceback
            print('Exception in threading.excepthook:', file=_sys.stderr)
            traceback.print_exception(type(failure), failure, failure.__traceback__,
                                      file=_sys.stderr)

    def run(self):
        target, args, kwargs = self._target, self._args, self._kwargs
        # Let go of the callable and its arguments once they have run.
        self._target = self._args = self._kwargs = None
        if target is not None:
            target(*args, **kwargs)

    def join(self, timeout=None):
        self._check_init()
        if not self._began.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._finished:
            return
        if timeout is None:
            got = self._end.acquire()
        else:
            got = self._end.acquire(True, max(timeout, 0))
        if got:
            self._end.release()

    def is_alive(self):
        self._check_init()
        return self._began.is_set() and not self._finished

    @property
    def name(self):
        self._check_init()
        return self._name

    @name.setter
    def name(self, value):
        self._check_init()
        self._name = str(value)

    @property
    def ident(self):
        self._check_init()
        return self._ident

    @property
    def native_id(self):
        self._check_init()
        return self._native_id

    @property
    def daemon(self):
        self._check_init()
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        self._check_init()
        if self._began.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = bool(value)

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        try:
            if not cancelled:
                self.function(*self.args, **self.kwargs)
        finally:
            self.finished.set()

    def cancel(self):
        """Stop the timer if it is still waiting."""
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported threading."""

    def __init__(self):
        super().__init__(name='MainThread', daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._end.acquire()
        self._began.set()
        _running[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread not started by this module (another process)."""

    def __init__(self):
        super().__init__(name=f'Dummy-{_next_number(_dummy_counter)}', daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._end.acquire()
        self._began.set()
        with _registry_lock:
            _running[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError('cannot join a dummy thread')


def current_thread():
    """The Thread object of the caller (a dummy one for foreign threads)."""
    found = _running.get(get_ident())
    if found is None:
        found = _DummyThread()
    return found


def main_thread():
    return _main


def active_count():
    return len(_running)


def enumerate():
    """The Thread objects of all threads alive now."""
    with _registry_lock:
        return list(_running.values())


currentThread = current_thread
activeCount = active_count


# ---------------------------------------------------------------- local

class local:
    """Attributes set on a local object are seen only by the thread that
    set them; each thread starts with a fresh namespace (running a
    subclass's __init__ again with the constructor's arguments)."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        spaces = {get_ident(): {}}
        object.__setattr__(self, '_local__setup', (args, kwargs, spaces))
        return self

    def _local__space(self):
        args, kwargs, spaces = object.__getattribute__(self, '_local__setup')
        me = get_ident()
        space = spaces.get(me)
        if space is None:
            space = spaces[me] = {}
            init = type(self).__init__
            if init is not object.__init__:
                init(self, *args, **kwargs)
        return space

    def __getattribute__(self, name):
        if name in ('_local__setup', '_local__space', '__class__'):
            return object.__getattribute__(self, name)
        space = local._local__space(self)
        if name == '__dict__':
            return space
        cls = type(self)
        found = _class_lookup(cls, name)
        kind = type(found)
        if found is not _MISSING and (hasattr(kind, '__set__') or hasattr(kind, '__delete__')):
            return kind.__get__(found, self, cls)
        if name in space:
            return space[name]
        if found is not _MISSING:
            if hasattr(kind, '__get__'):
                return kind.__get__(found, self, cls)
            return found
        raise AttributeError(f"'{_local_name(cls)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_local_name(type(self))}' object attribute '__dict__' is read-only")
        found = _class_lookup(type(self), name)
        if found is not _MISSING and hasattr(type(found), '__set__'):
            type(found).__set__(found, self, value)
            return
        local._local__space(self)[name] = value

    def __delattr__(self, name):
        found = _class_lookup(type(self), name)
        if found is not _MISSING and hasattr(type(found), '__delete__'):
            type(found).__delete__(found, self)
            return
        space = local._local__space(self)
        if name not in space:
            raise AttributeError(name)
        del space[name]


local.__module__ = '_thread'
local.__name__ = local.__qualname__ = '_local'
_MISSING = object()


def _class_lookup(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _MISSING


def _local_name(cls):
    return '_thread._local' if cls is local else cls.__name__


_main = _MainThread()
