from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g([10, 20, 30]), g("xyz"), g)
g2 = itemgetter(0, 2)
print(g2("abcdef"), g2, itemgetter("k")({"k": 5}))
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, other, punct="!"):
        return "hi " + other + " from " + self.name + punct

p = P("outer", P("inner"))
a = attrgetter("name")
print(a(p), a)
print(attrgetter("inner.name")(p), attrgetter("name", "inner.name")(p))
print(attrgetter("name", "inner.name"))
m = methodcaller("greet", "bob", punct="?")
print(m(p), m)
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
try:
    attrgetter("missing")(p)
except AttributeError as e:
    print("AttributeError", e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
