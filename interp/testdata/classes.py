class Base:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return isinstance(other, Base) and self.name == other.name
    __hash__ = None

class Child(Base):
    count = 0
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        Child.count += 1
    @property
    def both(self):
        return self.name + self.extra
    @classmethod
    def make(cls):
        return cls("x", "y")
    @staticmethod
    def helper(a):
        return a * 2

c = Child.make()
print(c, c.both, Child.helper(21), Child.count, c == Base("x"))
try:
    hash(c)
except TypeError as e:
    print(e)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
try:
    class E(A, B): pass
except TypeError as e:
    print(e)
class Vec:
    def __init__(self, x): self.x = x
    def __add__(self, o): return Vec(self.x + o.x)
    def __radd__(self, o): return Vec(self.x + o)
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"Vec({self.x})"
print(Vec(1) + Vec(2), 5 + Vec(1), sorted([Vec(3), Vec(1)]), sum([Vec(1), Vec(2)], 0))
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta): pass
print(Tagged.tag, type(Tagged).__name__)
