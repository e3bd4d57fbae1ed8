# typing: ParamSpec in user generic classes (3.11 shows the parameter lists as tuples)
# and in decorator annotations.
from typing import *
T = TypeVar("T"); P = ParamSpec("P"); P2 = ParamSpec("P2")
class Z(Generic[T, P]): pass
print(Z[int, [dict, float]], Z[int, [dict, float]].__args__, Z[int, ...], Z.__parameters__)
class X(Generic[P]): pass
print(X[int, str], X[[int, str]], X[int], X[...], X[[int, str]].__args__, X[P2], X[Concatenate[int, P2]])
print(Z[int, P2][[str]], X[P2][[int]])
def deco(f: Callable[P, T]) -> Callable[P, List[T]]: ...
print(deco.__annotations__)
