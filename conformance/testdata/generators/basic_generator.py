def gen():
    print("start")
    yield 1
    print("between")
    yield 2
    print("end")
g = gen()
print("created, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(list(gen()))
print(iter(g) is g, hasattr(g, "__next__"), type(g).__name__)
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(5)), list(squares(0)), max(squares(4)))
