f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 1 in f, type(f).__name__)
print(frozenset(), frozenset() == set(), f == {1, 2, 3}, {1, 2, 3} == f)
g = f | {4}
print(type(g).__name__, sorted(g))
h = {9} | f
print(type(h).__name__, sorted(h))
print(sorted(f & {2, 3, 5}), sorted(f - {1}), sorted(f ^ {1, 7}))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
s = {frozenset([1, 2])}
print(frozenset([1, 2]) in s, {1, 2} in s)
print(f.issubset({1, 2, 3, 4}), f.copy() is f, frozenset(f) is f)
print(repr(frozenset({5})), repr(frozenset()))
