g = (x * 2 for x in range(5))
print(next(g), next(g), list(g))
print(sum(x for x in range(10) if x % 2), list(x for x in "abc"))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(tuple(c.upper() for c in "hi"), dict((k, len(k)) for k in ["a", "bb"]))
print(any(x > 3 for x in [1, 5]), all(x for x in []), min((len(w), w) for w in ["bb", "a", "ccc"]))
data = [3, 1, 2]
lazy = (x for x in data)
data.append(100)
print(list(lazy))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    next(bad)
except ZeroDivisionError as e:
    print("raised lazily:", e)
try:
    (y for y in 5)
except TypeError as e:
    print("TypeError at creation:", e)
pipeline = (s.strip() for s in [" a ", "b ", " "])
pipeline = (s for s in pipeline if s)
print(list(pipeline))
print(sorted(x % 3 for x in range(7)), "-".join(str(n) for n in range(4)))
