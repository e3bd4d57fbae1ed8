import functools

@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n

a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1))

@functools.total_ordering
class G:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __ge__(self, o):
        return self.n >= o.n
print(G(1) < G(2), G(3) > G(2), G(2) <= G(2))
try:
    @functools.total_ordering
    class Bad:
        pass
except ValueError as e:
    print("ValueError", e)

def cmp(a, b):
    return (a > b) - (a < b)
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words, key=functools.cmp_to_key(lambda x, y: cmp(len(x), len(y)))))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2))

@functools.singledispatch
def show(x):
    return "object " + repr(x)
@show.register
def _(x: int):
    return "int " + str(x)
@show.register(list)
def _(x):
    return "list of %d" % len(x)
@show.register(str)
@show.register(bytes)
def _(x):
    return "text " + repr(x)
print(show(1), show(True), show([1, 2]), show("s"), show(b"b"), show(1.5))
print(show.dispatch(bool).__name__, show.dispatch(float) is show.registry[object])
print(sorted(t.__name__ for t in show.registry))

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "unknown"
    @area.register
    def _(self, arg: int):
        return arg * arg
print(Shape().area(3), Shape().area("x"))
