x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 0b1111
n &= 0b1010; print(n)
n |= 0b0101; print(n)
n ^= 0b0011; print(n)
n <<= 2; print(n)
n >>= 3; print(n)
s = "ab"
s += "cd"; s *= 2; print(s)
t = (1,)
t += (2,); print(t)
lst = [1]
lst += "xy"; print(lst)
d = {"count": 0}
d["count"] += 1
d["count"] *= 10
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)
f = 1.5
f //= 0.5; print(f)
