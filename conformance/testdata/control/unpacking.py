a, b, c = [1, 2, 3]
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = range(5)
print(init, last)
a, *mid, z = 1, 2
print(a, mid, z)
[x, [y, *zs]] = [1, [2, 3, 4]]
print(x, y, zs)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
m, n = n, m = 1, 2
print(m, n)
for bad in ["ab", "abcd"]:
    try:
        p, q, r = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
s = t = u = "same"
print(s is t is u)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
(*all_of_it,) = [1, 2]
print(all_of_it)
d = {}
d["a"], d["b"] = "xy"
print(d)
