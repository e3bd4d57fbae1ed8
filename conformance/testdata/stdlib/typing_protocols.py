# typing: user generic classes (parameters, __orig_bases__, subscription,
# __orig_class__) and protocols (runtime_checkable, structural isinstance
# and issubclass, data members, the Supports* protocols, IO classes).
import io
from typing import *

T = TypeVar("T")
S = TypeVar("S")


def attempt(label, f):
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Box(Generic[T]):
    def __init__(self, item=None):
        self.item = item

print(Box[int], Box[T], Box[List[T]][int], Box[int].__args__, Box.__orig_bases__, Box.__mro__,
      Box[int].__parameters__, Box[T].__parameters__, Box.__parameters__)

class Pair(Box[T], Generic[T, S]):
    pass
print(Pair.__parameters__, Pair.__orig_bases__, Pair.__mro__, Pair[int, str])

class Sub(Box[int]):
    pass
print(Sub.__parameters__, Sub.__orig_bases__, "__orig_bases__" in Sub.__dict__, Sub(3).item)

class Plain(Box):
    pass
print(Plain.__parameters__, "__orig_bases__" in Plain.__dict__)

class Swap(Pair[S, T]):
    pass
print(Swap.__parameters__, Swap[int, str], Swap.__orig_bases__)

b = Box[int](7)
print(b.__orig_class__, type(b), b.item, Box[int] == Box[int], Box[int] == Box[str],
      hash(Box[int]) == hash(Box[int]), get_origin(Box[int]), get_args(Box[int]), Box[int].__origin__ is Box)
print(Box.__class_getitem__(int), Box[int].__name__ if hasattr(Box[int], "__name__") else "-")


class Proto(Protocol):
    x: int
    def meth(self) -> int:
        ...

print(Proto.__mro__, Proto._is_protocol, Proto.__parameters__)

@runtime_checkable
class Closer(Protocol):
    def close(self):
        ...

@runtime_checkable
class Getter(Protocol[T]):
    def get(self) -> T:
        ...

@runtime_checkable
class HasX(Protocol):
    x: int

class WithNone:
    close = None

class Thing:
    x = 1
    def get(self):
        return 5
    def close(self):
        pass

print(Getter[int], Getter.__parameters__, isinstance(io.StringIO(), Closer), issubclass(int, Closer),
      isinstance(WithNone(), Closer), issubclass(WithNone, Closer), isinstance(Thing(), Getter),
      issubclass(Thing, Closer), isinstance(Thing(), HasX), isinstance(3, HasX))

attempt("isinstance non-runtime", lambda: isinstance(1, Proto))
attempt("issubclass non-runtime", lambda: issubclass(int, Proto))
attempt("runtime_checkable(Box)", lambda: runtime_checkable(Box))
attempt("runtime_checkable(int)", lambda: runtime_checkable(int))
attempt("issubclass data protocol", lambda: issubclass(int, HasX))
attempt("issubclass non-class", lambda: issubclass(3, Closer))
attempt("Proto()", lambda: Proto())

class Impl(Proto):
    def __init__(self, x=2):
        self.x = x
    def meth(self):
        return self.x

class Impl2(Closer):
    pass

print(Impl().meth(), Impl(5).x, Impl.__mro__, Impl._is_protocol, isinstance(Impl2(), Closer), Impl2().close())

class SubProto(Closer, Protocol):
    def flush(self):
        ...
print(SubProto._is_protocol, SubProto.__mro__[1].__name__)
attempt("SubProto isinstance", lambda: isinstance(io.StringIO(), SubProto))
print(isinstance(io.StringIO(), runtime_checkable(SubProto)), isinstance(Thing(), SubProto))

print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(3, SupportsIndex),
      isinstance(3.0, SupportsRound), isinstance(-1, SupportsAbs), isinstance(1, SupportsFloat),
      isinstance(3.5, SupportsIndex), SupportsAbs[int], SupportsInt.__mro__, issubclass(float, SupportsInt))

print(IO, TextIO, BinaryIO, IO[str], IO.__parameters__, TextIO.__mro__, BinaryIO.__orig_bases__,
      issubclass(TextIO, IO), isinstance(io.StringIO(), TextIO))
attempt("IO()", lambda: type(IO()))
