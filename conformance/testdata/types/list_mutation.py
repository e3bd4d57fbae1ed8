a = [1, 2]
b = a
b += [3]
print(a, a is b)
b = b + [4]
print(a, b, a is b)
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
x = [1, 2, 3]
x *= 2
print(x)
x[1:3] = []
print(x)
y = [5, 3, 8]
print(sorted(y), y, y.sort(), y)
lst = []
lst.append(lst)
print(lst, len(lst))
d = [1, [2, [3, [4]]]]
print(d[1][1][1][0], str(d))
it = [1, 2, 3]
for v in it[:]:
    if v == 2:
        it.remove(v)
print(it)
z = list(map(str, [1, 2]))
z.extend("ab")
z.extend(range(2))
z.extend((9,))
print(z)
e = [3, 1, 2]
e[:0] = [0]
e[len(e):] = [9]
print(e)
