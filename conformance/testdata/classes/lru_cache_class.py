# An LRU cache built on dict ordering, used as a memoizing decorator.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

    def stats(self):
        return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions, "size": len(self)}

_missing = object()

def memoize(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            r = cache.get(args, _missing)
            if r is _missing:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return decorate

c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c, c.get("a"), c)
c.put("d", "D")
print(c, "b" in c, c.get("b", "gone"))
c.put("c", "see")
print(c, len(c), c.stats())

@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.__name__, fib.cache.stats())

@memoize(2)
def slow_square(x):
    print("computing", x)
    return x * x

for x in [1, 2, 1, 3, 2, 1]:
    print(x, slow_square(x))
print(slow_square.cache)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
