from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)).name)

class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    def describe(self):
        return "%s has %d" % (self.name, self.value)
    @classmethod
    def biggest(cls):
        return max(cls, key=lambda m: m.value)
print(Shape.SQUARE.describe(), Shape.biggest(), Shape.CIRCLE.__class__.__name__)

class Lenient(Enum):
    A = 1
    B = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Lenient("a"), Lenient(2))
try:
    Lenient(5)
except ValueError as e:
    print("ValueError", e)

class Coord(bytes if False else int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, "ex")
    Y = (2, "why")
print(Coord.X, Coord.Y.label, Coord(2), repr(Coord.X), Coord.X + 1)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])

class Lower(StrEnum):
    ALPHA = auto()
    BETA = auto()
print(list(Lower), Lower.ALPHA == "alpha", "-".join(Lower), Lower("beta"))

class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()
print(Gen.X.value, Gen.Y.value)

class Priority(IntEnum):
    LOW = 1
    HIGH = 3
print(sorted([Priority.HIGH, Priority.LOW]), Priority.HIGH > Priority.LOW, Priority.LOW < 2, int(Priority.HIGH), [1, 2, 3, 4][Priority.HIGH])
print(Priority(3), Priority["LOW"], isinstance(Priority.LOW, int), "{}".format(Priority.HIGH), "%d" % Priority.LOW)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, repr(Perm.RWX), Perm.R | Perm.X, Perm(5), Perm.R in Perm.RWX, list(Perm), len(Perm))
print(repr(Perm.R | 8), Perm.W & Perm.RWX, repr(Perm.R ^ Perm.R), bool(Perm(0)))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(repr(Color.WHITE), list(Color), list(Color.WHITE), len(Color.RED | Color.BLUE))
print(repr(Color.RED | Color.GREEN), Color.RED | Color.GREEN in Color.WHITE, repr(~Color.RED), Color(0))
d = {Shape.SQUARE: "sq"}
print(d[Shape.SQUARE], Shape.SQUARE is Shape(2), Shape.SQUARE != Shape.CIRCLE, Shape.SQUARE == 2)
print(Shape.__members__.keys() if False else list(Shape.__members__), Shape._member_names_)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
Animal = Enum("Animal", "ANT BEE CAT", start=5)
print(list(Animal), Animal.BEE.value, Animal.__name__)
Num = IntEnum("Num", [("ONE", 1), ("TWO", 2)])
print(Num.TWO + 1, repr(Num.ONE))
match Shape.CIRCLE:
    case Shape.SQUARE:
        print("square")
    case Shape.CIRCLE:
        print("circle")
import copy
print(copy.copy(Shape.SQUARE) is Shape.SQUARE, copy.deepcopy([Shape.CIRCLE])[0] is Shape.CIRCLE)
