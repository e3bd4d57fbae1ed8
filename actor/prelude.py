# The Python half of the rebeam module: GenPy, its decorators, the
# handler calls of the GenPy server loop (which is Go, server.go) and
# the supervisors. It is executed once per interpreter, when rebeam is
# first imported, into the module's dict; the Go builtins of module.go
# are already there. Nothing here writes a
# module global after that, because these globals are shared by every
# process.


class _Response:
    """What response_ok and response_error return: a reply with a status."""

    __slots__ = ("status", "value")

    def __init__(self, status, value):
        self.status = status
        self.value = value

    def __repr__(self):
        return f"_Response({self.status!r}, {self.value!r})"


def response_ok(value=None):
    return _Response("ok", value)


def response_error(reason):
    return _Response("error", reason)


# Set by a traced scheduler (trace_sched.go) before any process runs: a
# supervisor then reports its restarts (_trace).
_tracing = False


def _mark(fn, kind, subject):
    fn._rebeam_handler = (kind, subject)
    return fn


def start(fn=None):
    if callable(fn):
        return _mark(fn, "start", None)
    return lambda f: _mark(f, "start", None)


def stop(fn=None):
    if callable(fn):
        return _mark(fn, "stop", None)
    return lambda f: _mark(f, "stop", None)


def receive(subject=None):
    if callable(subject):
        return _mark(subject, "receive", None)
    if subject is not None and not isinstance(subject, str):
        raise TypeError(f"receive() subject must be a str, not {type(subject).__name__}")
    return lambda f: _mark(f, "receive", subject)


class GenPy:
    """A server process: handlers run one message at a time."""

    # __new__ is set from Go when the module is built (newModule in
    # module.go): it makes the instance with state = {} and pid = None
    # without running Python, or calls _genpy_new_py below.

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _handlers(cls)  # raises TypeError for duplicate handlers


def _genpy_new_py(cls):
    # GenPy.__new__ for a class whose bases after GenPy define __new__
    # or which sets attributes its own way.
    self = super(GenPy, cls).__new__(cls)
    self.state = {}
    self.pid = None
    return self


def _invoke(inst, handler, source, subject, message):
    # The GenPy server loop's call of a handler that it cannot call
    # positionally, and of every handler in a traced run (server.go).
    fn, names, varkw = handler
    if varkw:
        return fn(inst, source=source, subject=subject, message=message)
    # The common shapes first, without building dicts per message.
    if not names:
        return fn(inst)
    if names == ("message",):
        return fn(inst, message=message)
    avail = {"source": source, "subject": subject, "message": message}
    kw = {}
    for n in names:
        if n in avail:
            kw[n] = avail[n]
    return fn(inst, **kw)


def _call_stop(fn, inst, reason):
    # The GenPy server loop's call of a @stop handler that takes reason
    # by keyword (server.go).
    return fn(inst, reason=reason)


def _run(fn, args, kwargs):
    fn(*args, **kwargs)


# Supervision. A Supervisor is configuration until it starts: a root one
# (not a child of another) starts when the script body has finished; a
# nested one starts as its parent's child. Its process runs _supervise.

ONE_FOR_ONE = "one_for_one"
ONE_FOR_ALL = "one_for_all"
REST_FOR_ONE = "rest_for_one"

_RESTARTS = ("permanent", "transient", "temporary")
_roots = []


class _Child:
    __slots__ = ("item", "restart", "shutdown")

    def __init__(self, item, restart, shutdown):
        self.item = item
        self.restart = restart
        self.shutdown = shutdown


def child(item, restart="permanent", shutdown=5.0):
    _check_child(item)  # TypeError for what no process can run
    if restart not in _RESTARTS:
        raise ValueError(f"restart must be one of {', '.join(_RESTARTS)}, not {restart!r}")
    return _Child(item, restart, shutdown)


class Supervisor:
    def __init__(self, modules=(), strategy=ONE_FOR_ONE, max_restarts=3, max_seconds=5, name=None):
        if strategy not in (ONE_FOR_ONE, ONE_FOR_ALL, REST_FOR_ONE):
            raise ValueError(f"unknown strategy {strategy!r}")
        self.children = [m if isinstance(m, _Child) else child(m) for m in modules]
        for c in self.children:
            if not isinstance(c.item, Supervisor):
                # Every start uses a copy of the item as it is now.
                c.item = _copy(c.item)
        self.strategy = strategy
        self.max_restarts = max_restarts
        self.max_seconds = max_seconds
        self.name = name
        self.pid = None
        for c in self.children:
            if isinstance(c.item, Supervisor) and c.item in _roots:
                _roots.remove(c.item)
        _roots.append(self)


def _start_child(c):
    item = c.item
    if isinstance(item, Supervisor):
        return _spawn_child(_supervise, item)
    # A module, a .py path, a GenPy instance or a function: the runtime
    # knows each (children.go).
    return _spawn_child(item)


def _supervise(sup):
    sup.pid = self_pid()
    if isinstance(sup.name, str) and not _register(sup.name):
        raise RuntimeError(f"the name {sup.name!r} is already registered")
    pids = [None] * len(sup.children)
    restarts = []

    def start_from(i):
        for j in range(i, len(sup.children)):
            if _stopping():
                # Told to stop while starting (shutdown, SIGINT, q in
                # trace): start no more; the stop, next, stops the
                # children started so far in reverse order.
                return
            pids[j] = _start_child(sup.children[j])

    def stop_from(i, reason):
        # Children stop in reverse start order, each waited for.
        for j in range(len(sup.children) - 1, i - 1, -1):
            if pids[j] is not None:
                _stop_child(pids[j], reason, sup.children[j].shutdown)
                pids[j] = None

    start_from(0)
    _started()
    if not sup.children:
        # A supervisor with nothing to supervise has no work: it exits
        # normally, as one left with no live children does.
        return
    while True:
        kind, source, subject, message = _receive()
        if kind == "stop":
            stop_from(0, "shutdown")
            _stopped(message)
            return
        if subject != "DOWN" or source not in pids:
            # A supervisor serves no messages of its own: a call to it is
            # answered at once rather than left to time out.
            _reply(("error", "unhandled: " + subject), None)
            continue
        i = pids.index(source)
        pids[i] = None
        reason = message["reason"]
        c = sup.children[i]
        # A nested supervisor that gave up exits with "shutdown": for its
        # parent that is a crash of that child.
        crashed = reason.startswith("crashed") or (isinstance(c.item, Supervisor) and reason != "normal")
        if c.restart == "temporary" or (c.restart == "transient" and not crashed):
            if all(p is None for p in pids):
                # Nothing left to supervise: the supervisor's work is done
                # and it exits normally, so that a run of finite jobs ends.
                return
            continue
        if _shutting_down():
            # The run is stopping and this supervisor's stop is on its
            # way (roots stop one after another): restart nothing.
            continue
        now = _monotonic()
        # The times are in order: drop the expired ones from the front,
        # so that a restart costs O(1), not O(restarts in the window).
        while restarts and now - restarts[0] >= sup.max_seconds:
            del restarts[0]
        restarts.append(now)
        if len(restarts) > sup.max_restarts:
            stop_from(0, "shutdown")
            _give_up()
            return
        if _tracing:
            _trace("restart", sup, source, reason)
        if sup.strategy == ONE_FOR_ONE:
            pids[i] = _start_child(c)
        elif sup.strategy == ONE_FOR_ALL:
            stop_from(0, "shutdown")
            start_from(0)
        else:
            stop_from(i, "shutdown")
            start_from(i)
