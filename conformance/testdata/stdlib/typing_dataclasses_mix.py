# typing and dataclasses together: postponed annotations, generic and
# protocol dataclasses, NamedTuple subclasses, copies of typing objects.
from __future__ import annotations

import copy
import dataclasses
import inspect
from dataclasses import dataclass, field
from typing import (Any, ClassVar, Dict, Generic, Iterator, List, NamedTuple, Optional, Protocol, TypeVar,
                    Union, get_type_hints, runtime_checkable)

T = TypeVar("T")


@dataclass
class Box(Generic[T]):
    item: T
    history: List[T] = field(default_factory=list)
    count: ClassVar[int] = 0

    def put(self, value: T) -> None:
        self.history.append(self.item)
        self.item = value

b = Box[int](1)
b.put(2)
print(b, b.__orig_class__, Box.__parameters__, [f.name for f in dataclasses.fields(b)])
print(get_type_hints(Box))
print(inspect.signature(Box))


@runtime_checkable
class Named(Protocol):
    name: str


@dataclass(frozen=True)
class User:
    name: str
    tags: Dict[str, List[int]] = field(default_factory=dict)
    parent: Optional[User] = None

u = User("ann", {"a": [1]}, User("root"))
print(isinstance(u, Named), get_type_hints(User), dataclasses.asdict(u))


@dataclass
class Tree:
    value: int
    children: List[Tree] = field(default_factory=list)

    def walk(self) -> Iterator[int]:
        yield self.value
        for c in self.children:
            yield from c.walk()

t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(list(t.walk()), get_type_hints(Tree.walk), dataclasses.astuple(t))


class Point(NamedTuple):
    x: int
    y: int = 0

class Point3(Point):
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

print(Point3(3, -4).norm(), Point3.__mro__, Point3(1)._fields, get_type_hints(Point3))


@dataclass
class Holder:
    kind: Any = int
    alias: Any = List[int]
    var: Any = T

h = Holder()
h2 = copy.deepcopy(h)
print(h2, h2.alias is h.alias or h2.alias == h.alias, h2.var is T, copy.copy(List[int]) == List[int],
      copy.deepcopy(Union[int, str]) == Union[int, str], copy.deepcopy(T) is T)
print(dataclasses.asdict(Holder()), dataclasses.replace(h, kind=str))

from typing import Callable, Literal, Tuple, Annotated
P = __import__("typing").ParamSpec("P")
for x in [List[int], Dict[str, List[int]], Callable[[int], str], Callable[..., int], Callable[P, T],
          Annotated[int, "x"], Literal[1, 2], Optional[int], ClassVar[int], Tuple[()], Tuple[int, ...],
          List, T, P, Any, Union, Box[int]]:
    y = copy.deepcopy(x)
    print(x, y == x, y is x, copy.copy(x) is x)
print(List[int] is List[int], Literal[1] is Literal[True], Literal[1] == Literal[True], Union[int, str] is Union[int, str],
      Box[int] is Box[int], Optional[int] is Union[int, None])
