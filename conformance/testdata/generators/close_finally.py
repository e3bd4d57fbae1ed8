# close() runs a suspended generator's finally blocks and __exit__ methods.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

def reader(name):
    with Resource(name):
        try:
            for i in range(3):
                yield i
        finally:
            print("finally", name)

g = reader("a")
print(next(g), next(g))
print(g.close(), "closed a")
print(g.close(), "closed again")
try:
    next(g)
except StopIteration:
    print("exhausted")

g = reader("b")
print(list(g))

g = reader("c")
try:
    g.throw(KeyError("never started"))
except KeyError as e:
    print("KeyError before start:", e)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_in_finally():
    try:
        yield 1
    finally:
        print("cleanup before return")

r = returns_in_finally()
next(r)
r.close()
d = reader("d")
for x in d:
    if x == 1:
        break
d.close()
print("loop broke; generator closed")
print("done")
