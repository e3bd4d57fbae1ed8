class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Doubling(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 2
d = Doubling()
d.v = 5
print(d.v)
class ReadOnly(Base):
    @property
    def v(self):
        return "read-only " + str(self._v)
r = ReadOnly()
print(r.v)
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def expensive(self):
        self.calls += 1
        value = self.__dict__.setdefault("_cache", 99)
        return value
c = Cached()
print(c.expensive, c.expensive, c.calls)
print(isinstance(Base.v, property), Base.v.fset is not None, ReadOnly.v.fset)
