# typing: generic TypedDict and NamedTuple classes, and classes deriving from Any.
from typing import *
T = TypeVar("T")
class TD(TypedDict, Generic[T]):
    item: T
    n: int
print(TD.__mro__, TD.__parameters__, TD[int], TD(item=1, n=2), TD.__annotations__, sorted(TD.__required_keys__))
class GP(NamedTuple, Generic[T]):
    a: T
print(GP.__mro__, GP.__bases__, GP[int], GP(1))
class M(Any):
    pass
print(type(M()).__name__, isinstance(M(), M), issubclass(M, Any) if False else 0, M.__mro__)
print(GP.__parameters__, GP.__orig_bases__ == (NamedTuple, Generic[T]), GP[str](a="x"), GP._fields, GP.__qualname__)
def local():
    class Inner(NamedTuple, Generic[T]):
        v: T
        w: int = 0
        def twice(self):
            return self.v * 2
    return Inner
I = local()
print(I.__qualname__, I("ab").twice(), I[int], I(1, 2)._asdict(), I.__module__)
