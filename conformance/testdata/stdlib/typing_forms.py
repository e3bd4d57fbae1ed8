import typing
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, Callable, Literal, Final,
                    ClassVar, FrozenSet, Type, Iterable, Iterator, Sequence, Mapping, cast,
                    TYPE_CHECKING, get_args, get_origin, Annotated, NoReturn)

print(Any, Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]])
print(Union[int], Union[int, str, int], Union[int, Union[str, float]], Union[str, int] == Union[int, str])
print(List, List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Type[int])
print(Literal[1, "a", True], Literal["x"] == Literal["x"], Final[int], ClassVar[List[str]])
print(Iterable[int], Iterator, Sequence[str], Mapping[str, Any], Annotated[int, "meta"])
print(List["Node"], Optional["Tree"], NoReturn)
class Node:
    pass
print(List[Node], Dict[str, Node], Optional[Node])
print(cast(int, "not an int"), cast("List[int]", [1]), TYPE_CHECKING)
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]) is Union, get_origin(int))
print(get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Optional[int]), get_args(int))
print(get_origin(list[int]), get_args(list[int]), get_args(int | str), get_origin(Annotated[int, 1]) is typing.Annotated)
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Iterable), issubclass(list, Sequence))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))
for bad in [lambda: isinstance(1, Any), lambda: isinstance([], List[int]), lambda: Any(), lambda: Union[()], lambda: List[int, str], lambda: isinstance(1, Literal[1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(List[int] == List[int], List[int] == List[str], hash(Dict[str, int]) == hash(Dict[str, int]))
print(Optional[int] | str, int | List[str])
print(Dict is typing.Dict, typing.Text, typing.AnyStr)
