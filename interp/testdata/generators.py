def gen(n):
    for i in range(n):
        received = yield i
        if received:
            print("got", received)
    return "done"

g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def delegator():
    r = yield from gen(2)
    print("delegated result", r)
    yield "last"
print(list(delegator()))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
print(next(c))
c.close()
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
print(sum(x * x for x in range(10)))
