class Obj:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
o = Obj()
o.b = 2
print(o.__dict__, vars(o))
o.__dict__["c"] = 3
print(o.c, sorted(vars(o)))
vars(o)["d"] = 4
print(o.d)
del o.__dict__["a"]
print(hasattr(o, "a"))
o.__dict__ = {"fresh": True}
print(o.fresh, vars(o))
print("cls_attr" in vars(Obj), type(vars(Obj)).__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
setattr(o, "with space", 1)
print(getattr(o, "with space"), vars(o))
class Method:
    def f(self):
        return self
m = Method()
bound = m.f
print(bound() is m, bound.__self__ is m, bound.__func__ is Method.f, Method.f(m) is m)
print(m.f == m.f, m.f is m.f)
