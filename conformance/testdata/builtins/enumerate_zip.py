print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 1)))
e = enumerate(["x", "y"])
print(next(e), type(e).__name__)
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip([1])))
print(list(zip("ab", "cd", "ef")), dict(zip(["k1", "k2"], [1, 2])))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("abc", "de", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", "cde", strict=True))
except ValueError as e:
    print("ValueError:", e)
for i, (a, b) in enumerate(zip("xy", "zw"), start=1):
    print(i, a, b)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
