import functools

@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x

print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.maxsize, info._fields)

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize, fact.__name__)

@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    print("call", repr(x))
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info(), ident.cache_parameters())

@functools.lru_cache()
def kw(a, b=0):
    print("kw", a, b)
    return a + b
kw(1, b=2); kw(1, b=2); kw(a=1, b=2)
print(kw.cache_info().hits)

class Data:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    @functools.cached_property
    def total(self):
        self.calls += 1
        return sum(range(self.n))
d = Data(5)
print(d.total, d.total, d.calls, "total" in d.__dict__)
del d.total
print(d.total, d.calls)
print(type(Data.total).__name__)
