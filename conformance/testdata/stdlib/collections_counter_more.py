# Counter: every method and operator, repr ordering, comparisons.
from collections import Counter as C


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


c = C("abracadabra")
print(c, c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(99))
print(sorted(c.elements()), list(C(b=2, a=1, z=0, n=-1).elements()), c.total(), C().total())
print(c["a"], c["zz"], "zz" in c, len(c))
print(C(a=3, b=-1, c=0), +C(a=3, b=-1, c=0), -C(a=3, b=-1, c=0))

a, b = C(a=3, b=1, c=0), C(a=1, b=2, d=-1)
print(a + b, a - b, b - a, a | b, a & b, b | a, b & a)
attempt(lambda: a + {"x": 1})
attempt(lambda: a + 1)
attempt(lambda: a - [1])
attempt(lambda: a | 1)
attempt(lambda: a & "x")

# comparisons treat missing counts as zero
print(a == b, C(a=1) == C(a=1, b=0), C(a=1) == {"a": 1}, C(a=1) != C(a=1, b=0), C(a=1) != {"a": 2})
print(C(a=1) <= C(a=2), C(a=1) < C(a=1), C(a=1) >= C(), C(a=1) > C(a=1, b=-1), C() <= C(x=-1))
attempt(lambda: C() < {})
attempt(lambda: C(a=1) <= {"a": 1})
attempt(lambda: C(a=1) >= [1])

# in-place operators keep positive counts only
x = C(a=3)
x += C(a=-5, b=2)
print(x)
x -= C(b=1, z=-2)
print(x)
x |= C(q=1, b=-7)
print(x)
x &= C(q=5, b=2)
print(x)
y = C(a=1, b=-1)
y += C()
print(y)

# update and subtract with every kind of argument
u = C(a=1)
u.update("aab", c=2)
print(u)
u.update({"a": -10})
print(u)
u.update(C(z=1))
print(u)
u.update()
u.update(None)
u.subtract("ab", c=1)
print(u)
u.subtract({"z": 1})
print(u)
u.subtract(C(q=2))
print(u)
e = C()
e.update({"x": 2})
e.update(y=1)
print(e)
attempt(lambda: C(1))
attempt(lambda: C("a", "b"))
attempt(lambda: C.fromkeys("ab"))
attempt(lambda: C().update(1))
print(C(None), C(iterable=[1]), C({"a": 2}), C(C("aa")), C([("k", 1)]))

# missing keys, deletion
d = C()
print(d["x"], d, "x" in d)
d["y"] += 1
del d["y"]
del d["nope"]
print(d)

# repr ordering: by count, ties in first-seen order; unorderable counts
print(C({"b": 1, "a": 1, "c": 2}), C(a="x", b="y"), C(a=1.5, b=2), repr(C()))
print(C(a=1, b="x"))

# copies and subclasses
print(C(a=1).copy(), type(C(a=1).copy()).__name__, C(a=1).__reduce__()[1])


class S(C):
    pass


print(S("ab"), S("ab").copy(), type(S("ab") + S("a")).__name__, type(+S("a")).__name__)

# counting words
words = "the cat and the hat and the bat".split()
wc = C(words)
print(wc.most_common(2), wc["the"], sum(wc.values()), sorted(wc))
print(C(len(w) for w in words), C(dict(wc)).most_common(1))
