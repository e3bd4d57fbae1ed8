import functools
from functools import partial, reduce, wraps, update_wrapper

def power(base, exp, *, mod=None):
    "Raise base to exp."
    r = base ** exp
    return r % mod if mod else r

sq = partial(power, exp=2)
print(sq(5), sq(3, mod=5), sq.func is power, sq.args, sq.keywords)
p2 = partial(pow, 2)
print(p2(8), p2, repr(partial(max, 1, 2, key=abs)))
p3 = partial(p2, 5)
print(p3(), p3.args, p3.func)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda a, b: a + b, ["x"]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError", e)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k) + 1
    return inner

@deco
def f(x):
    "f's doc"
    return x * 10

print(f(2), f.__name__, f.__doc__, f.__wrapped__.__name__, f.__qualname__)

def g():
    pass
def h():
    "h doc"
h.extra = 7
update_wrapper(g, h)
print(g.__name__, g.__doc__, g.extra, g.__wrapped__ is h)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class Cell:
    def __init__(self):
        self.v = 0
    def set(self, v):
        self.v = v
    set_one = functools.partialmethod(set, 1)
c = Cell()
c.set_one()
print(c.v)
