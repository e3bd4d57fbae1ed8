from typing import TypeVar, Generic, Protocol, runtime_checkable, Iterator, List, Dict, Optional

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, N, B, Co, Contra, T.__name__, N.__constraints__, B.__bound__, Co.__covariant__)

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

b = Box(5)
print(b.get(), Box[int], Box[int](3).item, Box.__parameters__, Box[int].__origin__ is Box, Box[str].__args__)
print(type(Box[int](1)).__name__, Box[int](1).__orig_class__)

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
print(Pair[str, int], Pair.__parameters__, Pair[str, int]("a", 1).v)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)

class IntBox(Box[int]):
    pass
print(IntBox(2).get(), IntBox.__parameters__, IntBox.__mro__[1].__name__, issubclass(IntBox, Box))

Alias = Dict[str, T]
print(Alias, Alias[int], Alias.__parameters__)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None:
        ...

class Sized2(Protocol):
    def size(self) -> int:
        ...

class File:
    def close(self):
        print("closed")

class Rock:
    pass
print(isinstance(File(), Closer), isinstance(Rock(), Closer), issubclass(File, Closer))
try:
    isinstance(File(), Sized2)
except TypeError as e:
    print("TypeError", e)
try:
    Closer()
except TypeError as e:
    print("TypeError", e)

class Impl(Closer):
    def close(self):
        return "impl closes"
print(Impl().close(), isinstance(Impl(), Closer))

@runtime_checkable
class HasName(Protocol):
    name: str
class Person:
    def __init__(self):
        self.name = "ann"
print(isinstance(Person(), HasName), isinstance(Rock(), HasName))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def __iter__(self) -> Iterator[T]:
        return iter(self.items)
s = Stack[int]()
s.push(1)
s.push(2)
print(list(s))
