# Augmented assignment: in-place dunders, their NotImplemented fallback to the binary
# operator, and the TypeError naming the augmented operator (x @= 2 says @=).
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, x): self.x = x
    def __iadd__(self, o): self.x += o; return self
    def __imul__(self, o): return NotImplemented
    def __mul__(self, o): return V(self.x * o)
    def __ipow__(self, o): self.x **= o; return self
    def __ior__(self, o): return "ior result"
v = V(2); v += 3; print(v.x); v *= 2; print(type(v).__name__, v.x); v **= 2; print(v.x); v |= 1; print(v)
l = [1]; t2 = l; l *= 2; print(t2)
tu = (1,); t3 = tu; tu += (2,); print(t3, tu)
s = {1}; s2 = s; s |= {2}; s &= {2}; s -= {9}; s ^= {3}; print(s2)
d = {"a": 1}; d2 = d; d |= {"b": 2}; print(d2)
t(lambda: exec("d = {}\nd |= [1]"))
t(lambda: exec("d = {}\nd |= [('k', 1)]\nprint(d)"))
t(lambda: exec("s = set()\ns |= [1]"))
t(lambda: exec("x = 1\nx @= 2"))
class Item:
    def __init__(self): self.v = []
    def __getitem__(self, k): print("get", k); return self.v
    def __setitem__(self, k, val): print("set", k, val)
it = Item(); it["k"] += [1]
class Attr:
    def __getattr__(self, n): print("getattr", n); return 10
    def __setattr__(self, n, val): print("setattr", n, val)
a = Attr(); a.q += 5
x = [0, 1]
i = 0
x[i], i = 5, 1
print(x, i)
a1 = b1 = c1 = []
a1.append(1); print(b1, c1)
n = 5; n //= 2; n **= 3; n %= 5; n <<= 2; n >>= 1; n ^= 7; n |= 8; n &= 12; print(n)
fl = 7.0; fl //= 2; fl /= 0.5; print(fl)
st = "ab"; st *= 2; st += "c"; print(st)
def t2(src):
    try:
        exec(src, {})
        print("ok")
    except TypeError as e:
        print("TypeError", e)


for op in ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"]:
    t2(f"x = 1\nx {op}= 'a'")
    t2(f"x = 1.5\nx {op}= None")
    t2(f"x = []\nx {op}= 1")
