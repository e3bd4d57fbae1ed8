# typing: get_type_hints (string annotations, classes and their bases,
# include_extras, globalns/localns, errors), ForwardRef, overload,
# final, no_type_check, cast, assert_type, reveal_type, dataclass_transform.
import sys
import typing
from typing import *

T = TypeVar("T")


def attempt(label, f):
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def f(a: int, b: "List[int]" = None, c: Annotated[int, "m"] = 1, d: "Optional[Annotated[str, 'q']]" = None,
      *args: "int", **kw: str) -> "None":
    pass

print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
print(f.__annotations__)


class A:
    x: "int"
    y: ClassVar[int] = 0
    z: Final = 3
    w: "A"
    v: "ClassVar[List[str]]" = []
    n: None

class B(A):
    u: "List[B]"
    x: str

print(get_type_hints(A))
print(get_type_hints(B))
print(list(get_type_hints(B)), get_type_hints(A.__init__), get_type_hints(len))
print(get_type_hints(typing.cast), get_type_hints(sys.modules[__name__]).get("ANNOTATED"))
ANNOTATED: "Dict[str, int]" = {}


def g(x: "Undefined", y: "list[Undefined]") -> "Tuple[Undefined, ...]":
    pass
attempt("undefined", lambda: get_type_hints(g))
print(get_type_hints(g, localns={"Undefined": int}))
print(get_type_hints(g, globalns={"Undefined": str, "Tuple": Tuple}))

def bad_syntax(x: "1 +"):
    pass
attempt("bad syntax", lambda: get_type_hints(bad_syntax))
attempt("not a function", lambda: get_type_hints(3))

def unions(a: "int | None", b: "Union[int, 'str']", c: "Callable[[int], T]") -> "dict[str, List[int]]":
    pass
print(get_type_hints(unions))


class Node:
    def link(self, other: "Node") -> "Optional[Node]":
        return None
    def clone(self) -> Self:
        return self
print(get_type_hints(Node.link), get_type_hints(Node().link), get_type_hints(Node.clone))

fr = ForwardRef("List[int]")
print(fr, fr.__forward_arg__, fr.__forward_evaluated__, fr._evaluate(globals(), None, frozenset()),
      fr.__forward_evaluated__, ForwardRef("x") == ForwardRef("x"), hash(ForwardRef("x")) == hash(ForwardRef("x")))


@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x
print(conv(5), len(get_overloads(conv)), [o.__annotations__ for o in get_overloads(conv)], get_overloads(print))

class Shape:
    @overload
    def area(self, x: int) -> int: ...
    @overload
    def area(self, x: float) -> float: ...
    def area(self, x):
        return x * x
print(Shape().area(3), len(get_overloads(Shape.area)))
attempt("overload called", lambda: overload(lambda: 0)())
clear_overloads()
print(get_overloads(conv), get_overloads(Shape.area))


@final
class Leaf:
    @final
    def m(self):
        pass
print(Leaf.__final__, Leaf.m.__final__, final(3))


@no_type_check
def nt(a: int) -> str:
    pass
print(nt.__no_type_check__, get_type_hints(nt))

@no_type_check
class NC:
    a: int
    def m(self, x: "Undefined"):
        pass
print(NC.__no_type_check__, NC.m.__no_type_check__, get_type_hints(NC), get_type_hints(NC.m))

@no_type_check_decorator
def deco(func):
    return func

@deco
def decorated(a: "Undefined"):
    return a
print(decorated(1), decorated.__no_type_check__, get_type_hints(decorated))

print(cast(List[int], "x"), cast("int", 3), assert_type(3, int), reveal_type([1]))

@dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
def dt(cls):
    return cls
print(dt.__dataclass_transform__)
Alias: TypeAlias = int
print(__annotations__)
