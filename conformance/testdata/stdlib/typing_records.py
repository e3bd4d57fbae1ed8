# typing: NamedTuple (class syntax, functional, defaults, methods, generic),
# TypedDict (total, Required/NotRequired, inheritance, functional form)
# and NewType.
import typing
from typing import *

T = TypeVar("T")


def attempt(label, f):
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Point(NamedTuple):
    """A point."""
    x: int
    y: "str" = "a"
    def label(self) -> str:
        return f"{self.x}{self.y}"
    @property
    def double(self):
        return self.x * 2

p = Point(1)
print(p, p.label(), p.double, Point.__mro__, Point._field_defaults, Point.__annotations__, Point._fields,
      type(Point), Point.__module__, Point.__qualname__, Point.__doc__, isinstance(p, tuple))
print(p._replace(x=5), p._asdict(), Point._make([3, "z"]), p == (1, "a"), Point.__orig_bases__ == (NamedTuple,))
x, y = Point(4, "b")
print(x, y, Point(y="q", x=0))

Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__, Emp.__module__, Emp._fields)
Kw = NamedTuple("Kw", a=int, b=List[str])
print(Kw(1, ["x"]), Kw.__annotations__)
Empty = NamedTuple("Empty", [])
print(Empty(), Empty._fields)

class GenericPair(NamedTuple, Generic[T]):
    first: T
    second: T
print(GenericPair(1, 2), GenericPair[int], GenericPair.__parameters__)

def outer():
    class Inner(NamedTuple):
        v: int
    return Inner
print(outer().__qualname__, outer()(3))
attempt("Point(1, 2, 3)", lambda: Point(1, 2, 3))


class Movie(TypedDict):
    title: str
    year: NotRequired[int]

class Rated(Movie, total=False):
    rating: Required[float]
    extra: List[int]

class Strict(Rated):
    code: str

m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__mro__, type(Movie).__name__, Movie.__annotations__, sorted(Movie.__required_keys__),
      sorted(Movie.__optional_keys__), Movie.__total__, Movie.__module__, Movie.__qualname__)
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__annotations__, Rated.__total__)
print(sorted(Strict.__required_keys__), sorted(Strict.__optional_keys__), Strict.__total__, list(Strict.__annotations__))
print(Movie({"title": 1}), Movie(), Rated(title="x", rating=1.0, extra=[1]))
attempt("isinstance", lambda: isinstance({}, Movie))
attempt("issubclass", lambda: issubclass(dict, Movie))

Alt = TypedDict("Alt", {"a": int, "b": "str", "c": Required[int]}, total=False)
print(Alt.__annotations__, sorted(Alt.__optional_keys__), sorted(Alt.__required_keys__), Alt.__module__,
      Alt.__total__, Alt(a=1))
print(is_typeddict(Movie), is_typeddict(Alt), is_typeddict(dict), is_typeddict({}), is_typeddict(TypedDict))
print(get_type_hints(Rated), get_type_hints(Rated, include_extras=True))


UserId = NewType("UserId", int)
AdminId = NewType("AdminId", UserId)
Dotted = NewType("pkg.Dotted", str)
print(UserId, UserId(3), AdminId, AdminId.__supertype__, UserId.__name__, UserId.__qualname__,
      UserId.__module__, UserId | None, None | UserId, type(UserId), Dotted, Dotted.__name__, Dotted.__qualname__)
print(List[UserId], Optional[UserId], get_type_hints(lambda: 0))

def uses(u: UserId) -> AdminId:
    return AdminId(u)
print(get_type_hints(uses), uses(UserId(9)))
attempt("isinstance NewType", lambda: isinstance(1, UserId))
