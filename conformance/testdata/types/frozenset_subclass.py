# Subclasses of frozenset (and set): instances are of the subclass with its
# methods, repr names the subclass, set operations return plain sets.
class FS(frozenset):
    def extra(self):
        return "extra"


class FS2(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls, *a)

    def __init__(self, *a):
        self.tag = "t"


class Se(set):
    pass


class Se2(Se):
    def __repr__(self):
        return "custom"


f = FS([1, 2])
print(type(f).__name__, isinstance(f, FS), f.extra(), len(f), 1 in f, sorted(f))
g = FS2([3])
print(type(g).__name__, g.tag, hash(g) == hash(frozenset([3])), g == frozenset([3]))
a, b = FS([1, 2]), FS([2, 3])
print(a | b, a & b, a - b, a ^ b, a <= FS([1, 2, 3]), a < b, a == frozenset([1, 2]), a == {1, 2})
print(a.union([9]), a.intersection([1]), a.issubset([1, 2]), a.isdisjoint([5]), a.copy(), type(a.copy()).__name__)
print(len(a), list(a), 2 in a, 5 in a, hash(a) == hash(frozenset([1, 2])), {a: "v"}[frozenset([1, 2])])
print(set(a), frozenset(a), sorted(a), max(a), sum(a), bool(FS()), FS() == frozenset())
print({1, 2} | a, frozenset([1]) | a, type({1} | a).__name__, type(a | {1}).__name__)
print(repr(Se()), repr(Se([1, 2])), repr(FS()), repr(FS("a")), repr(Se2([1])), str(Se([3])), [Se([1])], {1: FS([2])})
print(repr(set()), repr({1}), repr(frozenset()), repr(frozenset({1})), set.__repr__(Se([5])), frozenset.__repr__(frozenset([1])))
