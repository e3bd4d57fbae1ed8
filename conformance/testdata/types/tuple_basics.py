t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
single = 5,
print(single, type(single).__name__)
a, b = 1, 2
a, b = b, a
print(a, b)
print((1, 2) + (3,), (0,) * 3, (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5))
print(t.count(1), t.index("two"), 3.0 in t, "x" not in t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index("x")
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
m = ([1], 2)
m[0].append(3)
print(m)
print(repr((1,)), str(("a", 'b"c')))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
