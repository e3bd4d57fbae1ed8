import contextlib
import io
import os
import sys
import asyncio


def chain(exc):
    out = []
    while exc is not None:
        out.append("%s(%s)" % (type(exc).__name__, exc))
        exc = exc.__context__
    return " <- ".join(out)


# ExitStack: exceptions raised by callbacks chain to the one before them
def raise_(exc):
    def cb(*details):
        raise exc
    return cb

try:
    with contextlib.ExitStack() as st:
        st.push(raise_(IndexError("inner3")))
        st.push(raise_(KeyError("inner2")))
        st.push(raise_(AttributeError("inner1")))
        raise ZeroDivisionError("body")
except IndexError as e:
    print(chain(e))

# suppression in the middle: later callbacks see no exception
seen = []
def record(*details):
    seen.append(details[0].__name__ if details[0] else None)
try:
    with contextlib.ExitStack() as st:
        st.push(record)
        st.push(raise_(ValueError("after suppress")))
        st.push(lambda *d: True)
        st.push(record)
        raise KeyError("body")
except ValueError as e:
    print("ValueError", chain(e))
print(seen)

# inside an except block: the handled exception stays at the end of the chain
try:
    raise TypeError("outer")
except TypeError:
    try:
        with contextlib.ExitStack() as st:
            st.push(raise_(KeyError("cb")))
            raise ValueError("body")
    except KeyError as e:
        print(chain(e))

try:
    raise TypeError("outer2")
except TypeError:
    try:
        with contextlib.ExitStack() as st:
            st.push(raise_(KeyError("cb only")))
    except KeyError as e:
        print(chain(e))

# a callback re-raising the exception it was given
def reraise(t, v, tb):
    raise v
try:
    with contextlib.ExitStack() as st:
        st.push(reraise)
        raise ValueError("same")
except ValueError as e:
    print("reraised", chain(e))

# exit value of __exit__
st = contextlib.ExitStack()
st.push(lambda *d: True)
print(st.__exit__(None, None, None))
st.push(lambda *d: True)
print(st.__exit__(ValueError, ValueError("x"), None))
st.push(lambda *d: False)
print(st.__exit__(ValueError, ValueError("x"), None))

# push of a context manager object, callback with arguments, __wrapped__
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *d):
        print("exit", self.name, d[0])
        return False
with contextlib.ExitStack() as st:
    cm = CM("pushed")
    print(st.push(cm) is cm)
    print(st.enter_context(CM("entered")))
    f = st.callback(print, "callback", 1, sep="-")
    print(f is print)
    print([type(cb).__name__ for is_sync, cb in st._exit_callbacks][:2])
    print(st._exit_callbacks[-1][1].__wrapped__ is print)

with contextlib.ExitStack() as st:
    st.callback(print, "moved callback")
    moved = st.pop_all()
    print("leaving stack")
print("closing moved")
moved.close()
moved.close()

for bad in (1, object(), CM):
    try:
        contextlib.ExitStack().enter_context(bad)
    except TypeError as e:
        print("TypeError:", e)

# the stack is itself re-entrant as a plain manager
stack = contextlib.ExitStack()
with stack as same:
    print(same is stack)

# contextmanager details
@contextlib.contextmanager
def managed(tag):
    """Managed docs."""
    print("setup", tag)
    try:
        yield tag.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("teardown", tag)

with managed("a") as v:
    print("value", v)
with managed("b"):
    raise ValueError("handled by generator")
print("after b")
try:
    with managed("c"):
        raise KeyError("not handled")
except KeyError as e:
    print("KeyError", e)
print(managed.__doc__, managed("d").__doc__, managed.__name__, managed.__wrapped__.__name__)

@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__suppress_context__)

@contextlib.contextmanager
def twoyields():
    yield 1
    yield 2
try:
    with twoyields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def ignores_throw():
    try:
        yield
    except ValueError:
        yield
try:
    with ignores_throw():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def transforms():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with transforms():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, repr(e.__cause__))

@contextlib.contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("stop in body")
except StopIteration as e:
    print("StopIteration passed through:", e)
try:
    with plain():
        raise RuntimeError("rt in body")
except RuntimeError as e:
    print("RuntimeError passed through:", e)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass
with swallow():
    raise KeyError("swallowed")
print("swallowed ok")

# a @contextmanager manager as decorator runs afresh each call
@managed("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2
print(decorated(1), decorated(2), decorated.__name__)

# ContextDecorator subclass
class logged(contextlib.ContextDecorator):
    def __enter__(self):
        print("logged enter")
        return self
    def __exit__(self, *exc):
        print("logged exit", exc[0].__name__ if exc[0] else None)
        return False
@logged()
def work():
    print("working")
    return 5
print(work())

# small managers
class Thing:
    def close(self):
        print("Thing closed")
with contextlib.closing(Thing()) as t:
    print(type(t).__name__)
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
with contextlib.suppress():
    pass
print(contextlib.suppress(ValueError).__enter__())
with contextlib.nullcontext(42) as n:
    print("null", n)
with contextlib.nullcontext() as n:
    print("null", n)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("captured")
    inner = io.StringIO()
    with contextlib.redirect_stdout(inner):
        print("inner")
    print("captured again")
print(repr(buf.getvalue()), repr(inner.getvalue()), target is buf)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
r = contextlib.redirect_stdout(io.StringIO())
with r:
    with r:
        print("twice")
print(sys.stdout is sys.__stdout__)

start = os.getcwd()
with contextlib.chdir("/") as res:
    print("in root", os.getcwd(), res)
print(os.getcwd() == start)

# ABCs
class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
class NotDuck:
    __enter__ = None
    def __exit__(self, *a):
        pass
print(isinstance(Duck(), contextlib.AbstractContextManager), isinstance(NotDuck(), contextlib.AbstractContextManager))
print(issubclass(type(open(__file__)), contextlib.AbstractContextManager), isinstance(1, contextlib.AbstractContextManager))
class Mine(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("mine exit")
with Mine() as m:
    print(type(m).__name__)
try:
    class Incomplete(contextlib.AbstractContextManager):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(contextlib.AbstractContextManager[int])
class ADuck:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass
print(isinstance(ADuck(), contextlib.AbstractAsyncContextManager), isinstance(Duck(), contextlib.AbstractAsyncContextManager))


# async parts
@contextlib.asynccontextmanager
async def aman(tag):
    print("aenter", tag)
    try:
        yield tag
    except KeyError as e:
        print("acaught", e)
    finally:
        print("aexit", tag)

class AThing:
    async def aclose(self):
        print("AThing aclosed")

async def acb(x):
    print("async callback", x)

async def main():
    async with aman("one") as v:
        print("got", v)
    async with aman("two"):
        raise KeyError("k")
    try:
        async with aman("three"):
            raise ValueError("v")
    except ValueError as e:
        print("ValueError", e)
    async with contextlib.aclosing(AThing()) as t:
        print(type(t).__name__)
    async with contextlib.nullcontext(7) as n:
        print("anull", n)
    async with contextlib.AsyncExitStack() as st:
        print(await st.enter_async_context(aman("stacked")))
        st.push_async_callback(acb, 1)
        st.callback(print, "sync callback")
        async def aexit(*d):
            print("push_async_exit", d[0])
            return False
        st.push_async_exit(aexit)
        st.enter_context(CM("sync in async"))
    try:
        await contextlib.AsyncExitStack().enter_async_context(CM("x"))
    except TypeError as e:
        print("TypeError:", e)
    st = contextlib.AsyncExitStack()
    st.push_async_callback(acb, "closed")
    await st.aclose()
    try:
        async with contextlib.AsyncExitStack() as st:
            async def bad(*d):
                raise KeyError("async cb")
            st.push_async_exit(bad)
            raise ValueError("abody")
    except KeyError as e:
        print(chain(e))
    async with contextlib.AsyncExitStack() as st:
        async def sup(*d):
            return True
        st.push_async_exit(sup)
        raise ValueError("suppressed async")
    print("after suppressed async")

    @aman("adeco")
    async def adecorated():
        print("in adecorated")
        return 3
    print(await adecorated())

    @contextlib.asynccontextmanager
    async def anoyield():
        if False:
            yield
    try:
        async with anoyield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
