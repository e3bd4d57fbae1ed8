evens = {n for n in range(10) if n % 2 == 0}
squares = {n * n for n in range(5)}
print(sorted(evens & squares), sorted(evens | squares), sorted(evens - squares), sorted(evens ^ squares))
print(sorted(set("hello world") - set(" ")), len(set("mississippi")))
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1} < {1, 2} < {1, 2, 3}, {1, 2} > {3})
s = set()
for x in [3, 1, 3, 2, 1]:
    s.add(x)
print(sorted(s), len(s))
print(sorted({(1, 2), (2, 1), (1, 2)}), sorted({True, 1, 0, False, 2}))
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
print(sorted({1}.union([2], (3,), [4])), {1, 2}.intersection([2, 3], {2}), set().union())
nested = {frozenset({1, 2}): "a", frozenset({3}): "b"}
print(nested[frozenset({2, 1})])
print(sorted(set(range(5)).difference({1}, [2])), {1, 2, 3}.issubset({1, 2, 3}))
