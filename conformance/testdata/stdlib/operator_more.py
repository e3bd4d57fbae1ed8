# operator: dunder aliases, index, length_hint corner cases, concat errors,
# in-place functions, getter reprs/pickling and argument errors.
import operator as op


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


names = [n for n in dir(op) if n.startswith("__") and n.endswith("__")
         and n[2:-2] not in ("all", "builtins", "cached", "doc", "file",
                              "loader", "name", "package", "spec")]
print(len(names), names)
print(sorted(op.__all__) == sorted(set(op.__all__)), len(op.__all__))
print(op.__not__ is op.not_, op.__and__ is op.and_, op.__or__ is op.or_,
      op.__xor__ is op.xor, op.__inv__ is op.inv, op.__add__ is op.add,
      op.__call__ is op.call, op.__index__ is op.index)
print(op.__not__(1), op.__and__(6, 3), op.__or__(4, 1), op.__xor__(5, 1),
      op.__invert__(0), op.__getitem__("xyz", 1), op.__contains__([1], 1))
print(op.invert(5), op.inv(-1), op.truth(0.0), op.truth("a"), op.is_not(1, 1))

# index
class Idx:
    def __index__(self):
        return 7
class BadIdx:
    def __index__(self):
        return "seven"
class MyInt(int):
    pass
print(op.index(Idx()), op.index(True), type(op.index(MyInt(3))).__name__)
attempt(op.index, 1.5)
attempt(op.index, "3")
attempt(op.index, BadIdx())

# length_hint
class Sized:
    def __len__(self):
        return 3
    def __length_hint__(self):
        return 99
class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v
class HintRaises:
    def __length_hint__(self):
        raise TypeError("no")
class LenRaises:
    def __len__(self):
        raise ValueError("boom")
class NoHint:
    __length_hint__ = None
print(op.length_hint(Sized()), op.length_hint(Hint(5)), op.length_hint(Hint(NotImplemented), 8))
print(op.length_hint(range(10)), op.length_hint({1: 2}), op.length_hint(42), op.length_hint(42, 6))
print(op.length_hint(HintRaises(), 2), op.length_hint(NoHint(), 1), op.length_hint(x for x in "ab"))
attempt(op.length_hint, Hint(-1))
attempt(op.length_hint, Hint("x"))
attempt(op.length_hint, LenRaises())
attempt(op.length_hint, [], "x")

# sequences
print(op.concat("ab", "cd"), op.concat((1,), (2,)), op.countOf("banana", "a"), op.indexOf((3, 4, 5), 5))
nan = float("nan")
print(op.countOf([nan, nan, 1], nan), op.indexOf([0, nan], nan), op.countOf({"a": 1, "b": 2}, "b"))
attempt(op.concat, 1, 2)
attempt(op.concat, {}, {})
attempt(op.concat, [1], (2,))
attempt(op.concat, "a", 1)
attempt(op.iconcat, 5, [1])
attempt(op.countOf, 5, 1)
attempt(op.indexOf, [1, 2], 3)
attempt(op.getitem, [1], 4)
attempt(op.delitem, {}, "k")
s = [1, 2, 3, 4]
op.setitem(s, slice(1, 3), ["x"])
op.delitem(s, 0)
print(s, op.getitem(s, slice(None, None, -1)))

# in-place forms: mutable targets change, immutable ones do not
lst = [1]
print(op.iadd(lst, [2]) is lst, op.imul(lst, 2) is lst, lst)
st = {1, 2}
print(op.iand(st, {2, 3}) is st, op.ior(st, {9}) is st, op.isub(st, {9}) is st, op.ixor(st, {5}), st)
t = (1,)
print(op.iadd(t, (2,)), t, op.iconcat("a", "b"), op.ipow(3, 2), op.imatmul.__name__)
class Mat:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return Mat(self.v * o.v)
    def __imatmul__(self, o):
        self.v += o.v
        return self
    def __repr__(self):
        return f"Mat({self.v})"
m = Mat(2)
print(op.matmul(m, Mat(5)), op.imatmul(m, Mat(5)) is m, m)
attempt(op.matmul, 1, 2)
attempt(op.neg, "a")
attempt(op.lt, 1, "a")
attempt(op.truediv, 1, 0)

# call
print(op.call(divmod, 17, 5), op.call(dict, a=1, obj=2))

# getters
ag = op.attrgetter("real", "imag")
print(ag(3 + 4j), op.attrgetter("__class__.__name__")(1.5), op.attrgetter("a..b"))
print(op.itemgetter(slice(1, None))("hello"), op.itemgetter(-1, 0)([5, 6, 7]), op.itemgetter("a", "b")({"a": 1, "b": 2}))
mc = op.methodcaller("split", ",", maxsplit=1)
print(mc("a,b,c"), mc, op.methodcaller("a b"))
for g in (op.attrgetter("x.y", "z"), op.itemgetter(1, "k"), op.methodcaller("count", "a"), mc):
    make, args = g.__reduce__()
    back = make(*args)
    print(type(g).__name__, args, type(back) is type(g), repr(back) == repr(g))
print(op.itemgetter(1) == op.itemgetter(1), type(op.attrgetter("a")), op.itemgetter.__module__)
attempt(op.attrgetter)
attempt(op.attrgetter, 1)
attempt(op.attrgetter, "a", k=1)
attempt(op.itemgetter)
attempt(op.itemgetter, 1, k=2)
attempt(op.methodcaller)
attempt(op.methodcaller, 5)
attempt(op.attrgetter("a"), 1)
attempt(op.attrgetter("a"), 1, 2)
attempt(op.attrgetter("real.nope"), 1)
attempt(op.itemgetter(0), [], 1)
attempt(op.itemgetter(0), [])
attempt(op.methodcaller("upper"), "a", "b")
attempt(op.methodcaller("nope"), "a")
attempt(op.methodcaller("upper"), obj="a")
for cls in (op.attrgetter, op.itemgetter, op.methodcaller):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print("TypeError:", e)
