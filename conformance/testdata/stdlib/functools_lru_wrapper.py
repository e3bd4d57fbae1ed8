import functools
import copy
@functools.lru_cache
def f(x):
    "f doc"
    return x
print(repr(f).split(" at ")[0], type(f).__name__, type(f).__module__, type(f).__qualname__, f.__doc__, f.__name__, f.__qualname__)
class C:
    @functools.lru_cache
    def m(self, x):
        return x
    @functools.cache
    def n(self, self_=1):
        return self_
print(type(C().m).__name__, C().m(3), C.m.__name__, C().n(self_=4), C.m.cache_info())
print(f.__copy__() is f, f.__deepcopy__({}) is f, copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
print(sorted(k for k in dir(f) if not k.startswith("__")))
print(f.__wrapped__.__name__, callable(f))
