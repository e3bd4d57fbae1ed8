# The Python half of the rebeam module: GenPy, its decorators and the
# server loop every GenPy process runs. It is executed once per
# interpreter, when rebeam is first imported, into the module's dict; the
# Go builtins of module.go are already there. Nothing here writes a
# module global after that, because these globals are shared by every
# process.


class Response:
    """What response_ok and response_error return: a reply with a status."""

    __slots__ = ("status", "value")

    def __init__(self, status, value):
        self.status = status
        self.value = value

    def __repr__(self):
        return f"Response({self.status!r}, {self.value!r})"


def response_ok(value=None):
    return Response("ok", value)


def response_error(reason):
    return Response("error", reason)


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

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.state = {}
        self.pid = None
        return self

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _handlers(cls)  # raises TypeError for duplicate handlers


def _invoke(inst, handler, source, subject, message):
    fn, names, varkw = handler
    if varkw:
        return fn(inst, source=source, subject=subject, message=message)
    avail = {"source": source, "subject": subject, "message": message}
    kw = {}
    for n in names:
        if n in avail:
            kw[n] = avail[n]
    return fn(inst, **kw)


def _serve(inst):
    receivers, catchall, on_start, on_stop = _handlers(type(inst))
    inst.pid = self_pid()
    name = getattr(inst, "name", None)
    if isinstance(name, str) and not _register(name):
        raise RuntimeError(f"the name {name!r} is already registered")
    if on_start is not None:
        _invoke(inst, on_start, None, None, None)
    while True:
        kind, source, subject, message = _receive()
        if kind == "stop":
            if on_stop is not None:
                fn, names, varkw = on_stop
                if varkw or "reason" in names:
                    fn(inst, reason=message)
                else:
                    fn(inst)
            _stopped(message)
            return
        handler = receivers.get(subject, catchall)
        if handler is None:
            _warn(f"unhandled message with subject {subject!r}")
            _reply(("error", "unhandled: " + subject), None)
            continue
        # An exception here crashes the process; the runtime answers the
        # caller with ("error", "crashed: ...") after telling monitors.
        result = _invoke(inst, handler, source, subject, message)
        if isinstance(result, Response):
            _reply((result.status, result.value), (result.status, result.value))
        else:
            _reply(("ok", result), result)


def _run(fn, args, kwargs):
    fn(*args, **kwargs)
