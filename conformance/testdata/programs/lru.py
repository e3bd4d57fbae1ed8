from collections import OrderedDict
from functools import lru_cache, wraps
import time

class LRUCache:
    """A small LRU cache with stats."""
    def __init__(self, capacity: int):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity!r}")
        self.capacity = capacity
        self._data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        try:
            value = self._data[key]
        except KeyError:
            self.misses += 1
            return default
        self._data.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key, value):
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            print(f"  evict {old!r}")

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"{type(self).__name__}({self.capacity}, {{{items}}})"

    @property
    def ratio(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c)
c.get("a")
c.put("d", 4)
print(c, len(c), "b" in c, "a" in c)
print(c.get("zz", "missing"), c.get("c"))
print(f"hit ratio {c.ratio:.2%} hits={c.hits} misses={c.misses}")
try:
    LRUCache(0)
except ValueError as e:
    print("error:", e)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x

for x in [1, 2, 1, 3, 2, 1]:
    square(x)
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(square.__wrapped__(9), square.__name__)

def timed(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        elapsed = time.perf_counter() - start
        wrapper.calls += 1
        return result
    wrapper.calls = 0
    return wrapper

@timed
def slow_sum(n):
    "Sum the numbers below n."
    return sum(range(n))

print(slow_sum(1000), slow_sum(10), slow_sum.calls, slow_sum.__doc__, slow_sum.__name__)
