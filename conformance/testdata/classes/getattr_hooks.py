class Lazy:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.auto_thing, getattr(l, "auto_x"), hasattr(l, "nope"), getattr(l, "nope", "dflt"))
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback " + name
g = Logged()
print(g.a)
print(g.zz)
class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
r = Recorder()
r.x = 5
print(r.x, r.__dict__)
del r.x
print(vars(r))
setattr(r, "y", "ab")
delattr(r, "y")
try:
    del r.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    Frozen().q = 1
except AttributeError as e:
    print("AttributeError:", e)
