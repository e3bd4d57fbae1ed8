# namedtuple: field specs, rename, defaults, module, helper methods, errors.
from collections import namedtuple


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


P = namedtuple("P", "x y")
print(P, P.__doc__, P.x.__doc__, P.y.__doc__, P.__module__, P.__qualname__, P.__bases__)
print(P.__slots__, P._fields, P._field_defaults, P.__match_args__)
print([k for k in P.__dict__ if k not in ("__module__",)])
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._make([3, 4]), P._make(iter("ab")), p.__getnewargs__())
print(p == (1, 2), hash(p) == hash((1, 2)), len(p), list(p), p + (3,), p[::-1], isinstance(p, tuple))
x, y = p
print(x, y, type(p._asdict()).__name__)
print(P.__new__.__doc__, P._make.__doc__, P._replace.__doc__, P._asdict.__doc__, P.__repr__.__doc__, P.__getnewargs__.__doc__, sep=" | ")
print(P.__new__.__name__, P.__new__.__qualname__, P._replace.__qualname__, type(P.x).__name__)
attempt(lambda: P(1))
attempt(lambda: P(1, 2, 3))
attempt(lambda: P(1, y=2, z=3))
attempt(lambda: P(1, x=1))
attempt(lambda: P._make([1]))
attempt(lambda: P._make([1, 2, 3]))
attempt(lambda: p._replace(z=1, w=2))
attempt(lambda: setattr(p, "x", 5))
attempt(lambda: delattr(p, "x"))
print(P.x.__get__(None, P) is P.x, P.x.__get__(p), P.y.__doc__)

# field specifications
print(namedtuple("A", "a, b  c")._fields, namedtuple("B", ["a", "b"])._fields, namedtuple("C", ("q",))._fields)
print(namedtuple("D", [n for n in "xyz"])._fields, namedtuple("E", "")._fields, namedtuple("E", "")())
one = namedtuple("One", "v")
print(one(7), one._make([8]), repr(one(v=9)))
attempt(lambda: namedtuple("Q", "a a"))
attempt(lambda: namedtuple("Q", "a _b"))
attempt(lambda: namedtuple("Q", "a def"))
attempt(lambda: namedtuple("Q", "a 1b"))
attempt(lambda: namedtuple("1Q", "a"))
attempt(lambda: namedtuple("class", "a"))
attempt(lambda: namedtuple("Q", 5))
attempt(lambda: namedtuple("Q", [5]))
attempt(lambda: namedtuple("Q-R", "a"))
print(namedtuple("Q", "a def _c a 1x", rename=True)._fields)
print(namedtuple("Q", ["ok", "class", "_", "ok", "x y"], rename=True)._fields)

# defaults
Q = namedtuple("Q", "a b c", defaults=(2, 3))
print(Q(1), Q(1, c=9), Q._field_defaults, Q.__new__.__defaults__, Q.__new__.__doc__)
R = namedtuple("R", "a b", defaults=[None, 0])
print(R(), R._field_defaults)
print(namedtuple("S", "a", defaults=iter([5]))(), namedtuple("T", "a", defaults=())._field_defaults)
attempt(lambda: namedtuple("Q", "a", defaults=(1, 2)))
attempt(lambda: Q())

# module
print(namedtuple("M", "a", module="mymod").__module__, namedtuple("M", "a").__module__)


# subclassing
class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return f"<{self.x}, {self.y}>"


pt = Point(3, -4)
print(pt, repr(pt), pt.norm, pt._replace(x=0), type(pt._replace(x=0)).__name__, Point._make([1, 1]).norm)
Point3 = namedtuple("Point3", Point._fields + ("z",))
print(Point3(1, 2, 3), Point3._fields)

# sorting and grouping
rows = [P(2, "b"), P(1, "z"), P(2, "a")]
print(sorted(rows), max(rows, key=lambda r: r.y), {r: r.x for r in rows}[P(1, "z")])
print(P(1, [2])._replace(y=[3]), P(None, P(1, 2)))
