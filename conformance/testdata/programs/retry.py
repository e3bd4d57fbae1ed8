import functools
import time
import logging
import sys
import traceback

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("retry")

class TransientError(Exception):
    pass

def retry(times=3, exceptions=(Exception,), backoff=0.0):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    log.warning("attempt %d/%d of %s failed: %r", attempt, times, fn.__name__, e)
                    time.sleep(backoff)
            raise RuntimeError(f"{fn.__name__} gave up after {times} attempts") from last
        wrapper.attempts = times
        return wrapper
    return decorator

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    inner.cache = cache
    return inner

def trace(fn):
    depth = 0
    @functools.wraps(fn)
    def inner(*args, **kw):
        nonlocal depth
        print(f"{'  ' * depth}-> {fn.__name__}({', '.join(map(repr, args))})")
        depth += 1
        try:
            return fn(*args, **kw)
        finally:
            depth -= 1
    return inner

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
    def __get__(self, obj, objtype=None):
        return self if obj is None else functools.partial(self, obj)

flaky_state = {"n": 0}

@retry(times=4, exceptions=(TransientError,))
def flaky(threshold):
    flaky_state["n"] += 1
    if flaky_state["n"] < threshold:
        raise TransientError(f"try {flaky_state['n']}")
    return f"ok after {flaky_state['n']}"

print(flaky(3), flaky.__name__, flaky.attempts, flaky.__wrapped__.__name__)

@memoize
@trace
def ways(n):
    "Ways to climb n stairs with steps 1 or 2."
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)

print(ways(5), sorted(ways.cache), ways.__doc__)

class Greeter:
    def __init__(self, name):
        self.name = name
    @CountCalls
    def greet(self, greeting="hi"):
        return f"{greeting}, {self.name}"

g = Greeter("ann")
print(g.greet(), g.greet("yo"), Greeter.greet.calls, Greeter.greet.__name__)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=3)
print(add3(2), add3.args, add3.keywords)

@functools.singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x:d}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
print(show(3), show("s"), show([1, "a"]))

try:
    flaky_state["n"] = -10
    flaky(100)
except RuntimeError as e:
    print("error:", e, "| cause:", repr(e.__cause__))
    tb = traceback.format_exception(e)
    print(tb[-1].strip(), len(tb) > 3)
try:
    try:
        int("x")
    except ValueError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e.__context__), e.__suppress_context__)
print(traceback.format_exception_only(ZeroDivisionError("division by zero"))[0], end="")
log.info("finishing with %s", "an uncaught error")

@retry(times=2)
def always_fails():
    return {}["nope"]

always_fails()
