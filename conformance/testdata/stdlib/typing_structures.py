from typing import NamedTuple, TypedDict, List, Optional, get_type_hints, overload, NewType, final, ClassVar
import typing

class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self) -> int:
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.dist(), Point(1), p._fields, Point.__annotations__, p._asdict(), isinstance(p, tuple))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields, Emp.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)

class Movie(TypedDict):
    title: str
    year: int

class Partial(TypedDict, total=False):
    rating: float

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), Partial.__total__, sorted(Partial.__optional_keys__))
Alt = TypedDict("Alt", {"a": int, "b": str})
print(Alt(a=1, b="x"), sorted(Alt.__required_keys__), typing.is_typeddict(Movie), typing.is_typeddict(dict))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError", e)

class Tree:
    left: "Optional[Tree]"
    value: int
    label: ClassVar[str] = "tree"

def f(a: int, b: "List[str]" = None) -> "Tree":
    pass
print(get_type_hints(f))
print(get_type_hints(Tree))
class SubTree(Tree):
    extra: "float"
print(get_type_hints(SubTree))
print(f.__annotations__)

@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x
print(conv(5), len(typing.get_overloads(conv)))

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)

@final
class Leaf:
    pass
print(Leaf.__final__)
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
print(typing.get_type_hints(Point))
