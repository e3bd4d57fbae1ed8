s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 not in s)
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {2, 3}
print(sorted(c))
c.update([5, 6], (7,))
c.intersection_update(range(6, 20))
print(sorted(c))
c.difference_update({6})
c.symmetric_difference_update({10, 11})
print(sorted(c), c.pop() in (7, 11), len(c))
c.clear()
print(c, set(), set("aab") == {"a", "b"}, {1, 1.0, True})
print(set([3, 2, 1]), {0, 5, 1}, {10, 20, 30} == {30, 20, 10})
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
e = {1, 2}
print(e.copy() == e, e.copy() is e, repr(set()), type(e).__name__)
