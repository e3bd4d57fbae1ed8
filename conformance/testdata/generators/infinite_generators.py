def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, naturals()))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
for _ in range(50):
    value = next(g)
print(value)
def cycle(items):
    while True:
        yield from items
c = cycle("ab")
print([next(c) for _ in range(5)])
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens))
def stop_when(pred, it):
    for x in it:
        if pred(x):
            return
        yield x
print(list(stop_when(lambda v: v > 30, fib())))
