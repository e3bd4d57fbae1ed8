import inspect
def gen():
    print("inside", inspect.getgeneratorstate(g))
    yield 1
    yield 2
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended)
g.close()
print(inspect.getgeneratorstate(g))
g2 = gen()
list(g2)
print(inspect.getgeneratorstate(g2))
async def co():
    return 1
c = co()
print(inspect.getcoroutinestate(c), c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
print(inspect.getcoroutinestate(c))
