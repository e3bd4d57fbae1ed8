# dataclasses: a field's default is looked up as a class attribute, so a
# value inherited from a plain base class or a descriptor's class-level
# value serves as the default; descriptors learn their names.
from dataclasses import dataclass, field, fields
import inspect


class Defaults:
    x = 5
    label = "base"


@dataclass
class FromBase(Defaults):
    x: int
    label: str

print(FromBase(), FromBase(1, "a"), inspect.signature(FromBase))


class Clamped:
    def __init__(self, low, high, default):
        self.low, self.high, self.default = low, high, default

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.attr = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self.default
        return getattr(obj, self.attr)

    def __set__(self, obj, value):
        setattr(obj, self.attr, max(self.low, min(self.high, value)))


@dataclass
class Volume:
    level: Clamped = Clamped(0, 10, 3)

v = Volume()
w = Volume(50)
print(v, w, w.level, Volume.level, inspect.signature(Volume), fields(Volume)[0].default)
w.level = -4
print(w, w == Volume(0))


class Named:
    def __set_name__(self, owner, name):
        print("Named.__set_name__", owner.__name__, name)
        self.name = name

    def __repr__(self):
        return f"Named({self.name!r})"


@dataclass
class Holder:
    tag: object = field(default=Named())

print(Holder(), Holder.tag)


@dataclass
class Base:
    a: int = 1
    b: list = field(default_factory=list)

@dataclass
class Derived(Base):
    a: int = 2
    c: str = "c"

print(Derived(), [f.name for f in fields(Derived)], inspect.signature(Derived), "b" in Base.__dict__)
