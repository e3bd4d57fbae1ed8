"""Closures, nonlocal state and higher-order functions."""


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def compose(f, g):
    return lambda x: f(g(x))


def adder(k):
    def add(x):
        return x + k
    return add


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


counters = [make_counter(i) for i in range(10)]
total = 0
for i in range(600000):
    total += counters[i % 10]()
chain = compose(adder(3), compose(adder(-1), lambda x: x * 2 % 1000003))
chained = apply_n(chain, 600000, 1)


@memoize
def partitions(n):
    return 1 if n < 2 else (partitions(n - 1) + partitions(n - 2)) % 1000000007


memo = sum(partitions(i) for i in range(900))
mapped = sum(map(lambda x: x * 3, filter(lambda x: x % 4, range(500000))))
reduced = 0
fns = [adder(i) for i in range(20)]
for i in range(300000):
    reduced = fns[i % 20](reduced) % 99991
print("counters:", total)
print("chain:", chained)
print("memo:", memo)
print("mapped:", mapped)
print("reduced:", reduced)
