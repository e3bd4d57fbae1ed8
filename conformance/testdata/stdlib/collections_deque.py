from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft([0, -1])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9)
b.appendleft(7)
print(b)
b.extend("xy")
print(b, list(reversed(b)))
print(d.count(4), d.index(4), 3 in d, 99 in d)
d.insert(1, "ins")
d.remove("ins")
d.reverse()
print(d, d.copy() == d, d == deque(d), d < deque([9]))
d[0] = "first"
del d[1]
print(d, bool(deque()), deque("ab") + deque("c"), deque("ab") * 2)
d.clear()
print(d)
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
          lambda: deque([1]).index(2), lambda: deque([1], maxlen=1).insert(0, 2),
          lambda: deque([1]) + [2], lambda: deque(maxlen=-1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
q = deque([1, 2])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
z = deque(maxlen=0)
z.append(1)
print(z, type(z), deque([[1]], 5))
