import contextlib
import sys

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("</%s>" % name)

with tag("p") as t:
    print("inside", t)
with tag("q"):
    raise ValueError("boom")
try:
    with tag("r"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", e)

@tag("deco")
def decorated():
    print("in decorated")
decorated()

@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)
with contextlib.closing(Res(1)) as r:
    print("using", r.n)
with contextlib.nullcontext(5) as v:
    print("null", v)
with contextlib.nullcontext():
    pass
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return "".join(self.parts)
buf = Buf()
with contextlib.redirect_stdout(buf):
    print("hidden")
print("captured", repr(buf.getvalue()))
err = Buf()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0])
with CM() as c:
    print(type(c).__name__)
class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self
    def __exit__(self, *exc):
        print("exit deco")
        return False
@Deco()
def work(x):
    print("work", x)
    return x * 2
print(work(4))
