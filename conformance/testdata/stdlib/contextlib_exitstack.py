import contextlib

@contextlib.contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    stack.push(lambda *exc: log.append("push %s" % (exc[0],)))
    log.append("body " + ",".join(names))
print(log)

log = []
with contextlib.ExitStack() as stack:
    stack.enter_context(res("x", log))
    keep = stack.pop_all()
log.append("after with")
keep.close()
print(log)

def suppressor(*exc):
    print("suppressor sees", exc[0].__name__ if exc[0] else None)
    return True
with contextlib.ExitStack() as stack:
    stack.push(suppressor)
    raise ValueError("gone")
print("suppressed by stack")

def raiser(*exc):
    raise KeyError("from callback")
try:
    with contextlib.ExitStack() as stack:
        stack.push(raiser)
        raise ValueError("original")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError", e)

@contextlib.asynccontextmanager
async def ares(log):
    log.append("aopen")
    try:
        yield 7
    finally:
        log.append("aclose")

async def main():
    log = []
    async with ares(log) as v:
        log.append("got %d" % v)
    async with contextlib.AsyncExitStack() as st:
        v2 = await st.enter_async_context(ares(log))
        st.callback(log.append, "sync cb")
        log.append("v2 %d" % v2)
    return log

coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
