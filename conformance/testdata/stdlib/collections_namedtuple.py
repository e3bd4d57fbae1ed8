from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, len(p), tuple(p))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(p == (1, 2), isinstance(p, tuple), type(p).__name__, Point.__doc__)
x, y = p
print(x + y, Point.x.__doc__, Point.__match_args__)
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(9), P3._field_defaults, P3(1, 2, 3))
R = namedtuple("R", "name, def, _x, name", rename=True)
print(R._fields)
E = namedtuple("E", "")
print(E(), E._fields)
for bad in [("Bad", "x 1y"), ("Bad", "x class"), ("Bad", "x _y"), ("Bad", "x x"), ("1Bad", "x")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y)
v = Vec(3, -4)
print(v, v.norm1(), v._replace(y=0))
print(sorted([Point(2, 1), Point(1, 5)]), Point(1, 2) + (3,), hash(Point(1, 2)) == hash((1, 2)))
match p:
    case Point(a, b):
        print("matched", a, b)
