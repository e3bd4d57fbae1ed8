class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
class Target:
    def __init__(self):
        self.x = 1
    def double(self):
        return self.x * 2
t = Target()
p = Proxy(t)
print(p.x, p.double())
p.x = 21
print(p.double(), t.x, p._log)
class AttrDefault:
    def __getattribute__(self, name):
        try:
            return super().__getattribute__(name)
        except AttributeError:
            return f"default for {name}"
a = AttrDefault()
a.real = "real"
print(a.real, a.fake)
