def f():
    pass
g = f
print(f is g, f == g, f is not (lambda: None))
def make():
    def inner():
        pass
    return inner
print(make() is make(), make() == make(), make().__code__ is make().__code__)
print(hash(f) == hash(g), {f: 1}[g], f in [g])
class C:
    def m(self):
        pass
c = C()
print(c.m == c.m, c.m is c.m, C.m is C.m, c.m == C().m)
print(len.__name__, len is len, print.__self__ is not None)
fs = {f, g, make}
print(len(fs))
