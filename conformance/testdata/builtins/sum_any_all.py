print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2], [3]], []), sum(((1,), (2,)), ()), sum([True, True, False]), sum(x * x for x in range(4)))
print(sum([1, 2], start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("abc"), all([[], [1]]))
print(any(x > 2 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, 2, True]))
checked = []
def check(x):
    checked.append(x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3, 4]), checked)
checked.clear()
print(all(check(x) for x in [5, 4, 0, 9]), checked)
