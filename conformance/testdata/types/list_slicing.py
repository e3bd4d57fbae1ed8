a = list(range(10))
print(a[2:5], a[:-3], a[-3:], a[::3], a[8:2:-2], a[-1:-4:-1], a[100:200], a[5:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[::2] = "ABCDEF"
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
b[:] = []
print(b)
c = [1, 2, 3, 4]
c[-1:] = [40, 50]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1.5]
except TypeError as e:
    print("TypeError:", e)
s = slice(1, 8, 3)
print(a[s], s.start, s.stop, s.step, s.indices(5), slice(None).indices(4), slice(-1, None, -1).indices(3))
print(a[slice(3)], repr(slice(1, 2)), slice(1, 2) == slice(1, 2))
