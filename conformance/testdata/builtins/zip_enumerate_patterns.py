names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), 1):
    print(rank, name, score)
print(dict(enumerate("abc")), list(zip(*[(1, "a"), (2, "b")])))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix[::-1])])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])], list(zip(range(3), "ab", [True] * 5)))
it = iter(range(6))
print(list(zip(it, it)))
pairs = list(enumerate(zip("xy", "zw")))
print(pairs)
