# typing: TypeVarTuple and Unpack (*Ts) in Tuple and in variadic generic classes:
# parameters, subscription, substitution and the too-few-arguments error.
from typing import *
Ts = TypeVarTuple("Ts")
T = TypeVar("T")
def attempt(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(Generic[*Ts], Generic[T, *Ts], Generic[T, *Ts].__parameters__, Tuple[*Ts].__parameters__, Tuple[T, *Ts].__parameters__)
class Array(Generic[*Ts]):
    pass
class A2(Generic[T, *Ts]): pass
class A3(Generic[*Ts, T]): pass
print(Array.__parameters__, Array[int, str], Array[()], Array[int], A2[int, str, bytes], A2[int], A3[int], A3[int, str, bytes])
attempt(lambda: A2[()])
attempt(lambda: A3[()])
print(Tuple[*Ts][int, str], Tuple[T, *Ts][int], Tuple[T, *Ts][int, str, bytes], Tuple[int, *Ts][()])
print(Array[int, str].__args__, A2[int].__args__, List[Tuple[*Ts]][int, str])
attempt(lambda: Generic[*Ts, *Ts])
print(Unpack[Ts].__args__, get_origin(Unpack[Ts]), Unpack[Ts] == Unpack[Ts], Unpack[Tuple[int, str]])
print(Ts, repr(Ts), Ts.__module__, list(Ts), Tuple[int, *Ts] == Tuple[int, Unpack[Ts]])
