# typing.get_origin/get_args on typing aliases and on the builtin generic aliases
# of collections.abc, including Callable.
import collections.abc as cabc
from typing import get_args, get_origin, Callable, ParamSpec
P = ParamSpec("P")
for tp in [cabc.Callable[[int], str], cabc.Callable[..., int], Callable[[int], str], Callable[[], int], Callable[..., int], Callable[P, int], cabc.Iterable[int], list[int]]:
    print(get_origin(tp), get_args(tp))
