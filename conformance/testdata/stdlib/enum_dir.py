# dir() of an Enum class lists its members (not aliases) and the container
# protocol; dir() of a member lists name, value, its public attributes and
# the class's public methods and properties, not the members.
from enum import Enum, Flag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

    def describe(self):
        return self.name

    @classmethod
    def cm(cls):
        pass

    @property
    def prop(self):
        return 1


class Planet(Enum):
    EARTH = (1, 2)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
        self._private = 0


class P(Flag):
    R = 4
    W = 2
    X = auto()


class WithNew(Enum):
    def __new__(cls, v):
        o = object.__new__(cls)
        o._value_ = v
        return o
    Q = 3


class Base(Enum):
    def shared(self):
        return 1


class Child(Base):
    A = 1


for c in (Color, Planet, P, WithNew, Child):
    print(c.__name__, dir(c))
    print(' ', dir(list(c)[0]))
print(dir(P.R | P.W), dir(P(0)))
print('CRIMSON' in dir(Color), 'RED' in dir(Color.GREEN), Color.CRIMSON.describe())
