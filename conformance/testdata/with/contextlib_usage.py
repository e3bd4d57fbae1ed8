from contextlib import contextmanager, suppress, ExitStack
@contextmanager
def opened(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)
log = []
with opened("f1", log) as f:
    log.append("using " + f)
print(log)
with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")
log = []
with ExitStack() as stack:
    for n in ["a", "b", "c"]:
        stack.enter_context(opened(n, log))
    stack.callback(log.append, "callback")
print(log)
