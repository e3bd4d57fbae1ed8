# Closures with nonlocal state, decorators with arguments, and functools-free wrappers.
def counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc

c = counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__name__, c.__closure__ is not None, len(c.__code__.co_freevars))

def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return deco

def flaky_factory(fail_times):
    calls = 0
    @retry(3, exceptions=(ValueError,))
    def flaky(x):
        """Fails a few times."""
        nonlocal calls
        calls += 1
        if calls <= fail_times:
            raise ValueError(f"call {calls}")
        return x * 2
    return flaky

ok = flaky_factory(2)
print(ok(21), ok.__name__, ok.__doc__, ok.__wrapped__.__name__)
try:
    flaky_factory(5)(1)
except RuntimeError as e:
    print("RuntimeError:", e)

def trace(fn):
    depth = 0
    @wraps(fn)
    def wrapper(*args):
        nonlocal depth
        print("  " * depth + f"-> {fn.__name__}{args}")
        depth += 1
        try:
            result = fn(*args)
        finally:
            depth -= 1
        print("  " * depth + f"<- {result}")
        return result
    return wrapper

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))

adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])

def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))

def make_accumulators():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    def get():
        return list(total)
    return add, get
add, get = make_accumulators()
add(1); add(2); add(3)
print(get(), add(4))
x = "global"
def outer():
    x = "enclosing"
    def inner():
        global x
        x = "changed global"
        return x
    return inner(), x
print(outer(), x)
