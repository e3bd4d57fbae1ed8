def apply(fn, *args):
    return fn(*args)
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        return fn(*bound, *args, **{**bound_kw, **kw})
    return call
print(apply(max, 3, 9, 2), apply(str.upper, "x"))
pipeline = compose(str, lambda n: n * 2, abs)
print(repr(pipeline(-21)))
power = partial(pow, 2)
print(power(10), partial(int, base=2)("1010"))
def counter_factory(start):
    def next_value(step=1):
        nonlocal start
        start += step
        return start
    return next_value
nxt = counter_factory(10)
print(nxt(), nxt(5), nxt())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), sorted(slow_square.cache.items()))
funcs = [len, str.strip, sorted]
print([f("  cba ") for f in funcs])
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", [], [0]])))
