print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, "", None, 1, "a", [], [0]])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
print(list(map(pow, [2, 3, 4], [2, 2])), sum(map(int, "12345")))
def noisy(x):
    print("mapping", x)
    return x
lazy = map(noisy, [1, 2])
print("map is lazy")
print(list(lazy))
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
