# typing: reprs, equality, substitution and introspection of the generic
# aliases, Union/Optional/Literal/Annotated, Callable with ParamSpec and
# Concatenate, and the aliases of the abstract collections.
import collections
import collections.abc
import typing
from typing import *

T = TypeVar("T")
S = TypeVar("S")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")

print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, Union, Optional, Literal,
      Concatenate, TypeGuard, Required, NotRequired, Unpack, Annotated, Generic, Protocol)
print(List, Tuple, Callable, Type, Hashable, Sized, ByteString, Pattern, Match, ContextManager,
      AsyncContextManager, DefaultDict, Counter, Deque, OrderedDict, ChainMap, AbstractSet)
print(Union[int, None], Union[None, int], Union[int, str, None], Optional[None], Union[int, list[int]],
      Union[int, "Foo"], Union[int, T][str])
print(Union[int, str].__args__, Union[int, str].__origin__ is Union, Union[int, str].__parameters__,
      Union[int, T].__parameters__)
print(Optional[int] == Union[None, int], Union[int, str] == Union[str, int, int], Union[int, str] == (int | str),
      hash(Union[int, str]) == hash(Union[str, int]), Union[int, str] != Union[int, bytes])
print(Union[int, str] | None, None | Union[int, str], List[int] | None, int | List[int], T | int, int | T,
      List | int, Union[int, int | str])
print(Literal[1, 1, 2], Literal[1, 2] == Literal[2, 1], Literal[Literal[1, 2], 3], Literal[True] == Literal[1],
      Literal[1].__args__, get_args(Literal[1, 2]), Literal["a", b"a", None], hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__,
      Annotated[List[T], "x"][int], get_args(Annotated[int, 1, 2]), Annotated[int, 1] == Annotated[int, 1],
      Annotated[int, 1] == Annotated[int, 2], Annotated[int, "a"](5))
print(List[T], List[T].__parameters__, Dict[str, T][int], Tuple[T, ...][int], Callable[[T], T][int],
      Dict[T, S][int, str], Dict[T, T][int], List[Dict[T, S]][int, bytes], Tuple[T, S][int, str])
print(Callable[P, T], Callable[Concatenate[int, P], T], Callable[P, T][[int, str], bool],
      Callable[P, T][..., bool], Callable[Concatenate[int, P], T][[str], bool], Callable[[], int],
      Callable[[int, str], List[int]].__args__, Callable[[T], S][int, str], Callable[int, str])
print(P, P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, P.__name__, Ts, Unpack[Ts],
      Tuple[Unpack[Ts]], Concatenate[int, P], Concatenate[int, ...], Callable[P, int].__parameters__)
print(Pattern[str], Match[bytes], ContextManager[int], Type[T], Generator[int, None, None], Type[Union[int, str]],
      FrozenSet[T], Deque[int], DefaultDict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, int],
      Awaitable[int], Coroutine[int, str, float], AsyncGenerator[int, None], Reversible[int], Collection[int],
      Container[int], AbstractSet[int], MutableSet[int], MutableMapping[str, int], MutableSequence[int],
      MappingView[int], KeysView[int], ItemsView[int, str], ValuesView[int], AsyncIterable[int], AsyncIterator[int])
print(Tuple[()], Tuple[()].__args__, Tuple[int, ...].__args__, List.__origin__, List._name, List[int]._name,
      Dict[str, int].__origin__, List[int].__module__, Optional[int].__module__, List.__name__, List[int].__name__)
print(List[int] == List[int], List[int] == List[str], List == List, List[int] == list[int],
      Callable[[int], str] == Callable[[int], str], List[int].__parameters__, hash(Dict[str, int]) == hash(Dict[str, int]))
print(List[int].append is list.append, List.append is list.append, Dict[str, int].fromkeys("ab"))
print(Deque[int]([1, 2]), Counter[str]("aab"), DefaultDict[str, int](int), OrderedDict[str, int](a=1))

print(get_origin(List[int]), get_origin(Callable[[int], str]), get_origin(Callable), get_origin(List),
      get_origin(Generic), get_origin(Generic[T]), get_origin(Literal[1]), get_origin(ClassVar[int]),
      get_origin(Tuple[int]), get_origin(int | str), get_origin(Annotated[int, 1]), get_origin(P.args), get_origin(3))
print(get_args(Callable[..., int]), get_args(Tuple[()]), get_args(Tuple[int, ...]), get_args(List),
      get_args(Union[int, Tuple[int, str]]), get_args(Callable[P, int]), get_args(Callable[Concatenate[int, P], int]),
      get_args(Callable[[], None]), get_args(Callable[[int], str]), get_args(ClassVar[int]), get_args(3))

print(isinstance([], List), isinstance({}, Dict), isinstance(3, Iterable), issubclass(list, Sequence),
      isinstance(iter([]), Iterator), isinstance(len, Callable), issubclass(dict, MutableMapping),
      isinstance((x for x in []), Generator), issubclass(List, Sequence), issubclass(Dict, Mapping),
      isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]), issubclass(bool, Union[int, str]),
      isinstance(None, Optional[int]), isinstance(1, Hashable), isinstance([], Hashable), isinstance("", Sized))


class MyList(List[int]):
    pass

class MyDict(Dict):
    pass

class Mixed(Dict[str, T], Iterable[T]):
    pass

print(MyList.__mro__, MyList.__orig_bases__, MyList.__parameters__, MyDict.__mro__, Mixed.__parameters__,
      Mixed.__mro__, MyList([1, 2]))
print(ForwardRef("X"), List["X"].__args__[0].__forward_arg__, ForwardRef("X") == ForwardRef("X"),
      Optional["X"], ForwardRef("X") == ForwardRef("Y"), ForwardRef("X", module="m"), ForwardRef("X") | int)
print(T.__name__, T.__module__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__,
      TypeVar("B", bound=int).__bound__, TypeVar("C", int, str).__constraints__, TypeVar("Co", covariant=True),
      TypeVar("Contra", contravariant=True), TypeVar("N", None, int).__constraints__)
print(AnyStr, AnyStr.__constraints__, typing.Text, typing.TYPE_CHECKING, typing.T, typing.KT, typing.VT_co,
      typing.T_contra, typing.CT_co.__bound__)
print(Generic[T], Generic[T].__origin__ is Generic, Protocol[T], Generic[T, S].__parameters__)
print(ClassVar[int], Final[int], Final[List[int]], TypeGuard[int], Required[int], NotRequired[str],
      ClassVar[int] == ClassVar[int], Optional[ClassVar[int]] if False else 0)
