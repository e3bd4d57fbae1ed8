# typing: the __module__ of typing objects, and how inspect.signature shows typing annotations.
import inspect
from typing import *
T=TypeVar("T")
for x in [Annotated[int, "m"], List[int], List, Union[int,str], Optional[int], Literal[1], ClassVar[int], Callable[[int],str], Tuple[int], Generic[T], Annotated[List[int], 1], Any, NoReturn, T, Unpack[TypeVarTuple("Ts")], Concatenate[int, ParamSpec("P")]]:
    print(repr(x), x.__module__)
class B(Generic[T]): pass
print(B[int].__module__)
T = TypeVar("T")
P = ParamSpec("P")
def f(a: List[int], b: Optional[str] = None, *c: T, d: Callable[P, T], e: "Foo" = 1, **k: Dict[str, Any]) -> Union[int, str]: pass
print(inspect.signature(f))
def g(x: Annotated[int, "m"], y: Literal["a", "b"], z: Type[T], w: ClassVar[int], v: int | None, u: list[int]) -> NoReturn: pass
print(inspect.signature(g))
print(inspect.formatannotation(List[int]) if hasattr(inspect, "formatannotation") else "")
