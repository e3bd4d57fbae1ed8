def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")
g = countdown(3)
print(type(g).__name__)
print(list(g))
print(list(g))
def first_n(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(first_n(iter(range(100)), 4)))
def with_return():
    yield 1
    return "result"
gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(countdown.__name__, countdown(1).__name__, countdown(1).__qualname__)
import sys
print(sum(x * x for x in range(10)))
