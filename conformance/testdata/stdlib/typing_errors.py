# typing: the TypeErrors (and other errors) of misused special forms,
# aliases, type variables and generic classes, with CPython's messages.
import typing
from typing import *

T = TypeVar("T")
S = TypeVar("S")


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))


class Box(Generic[T]):
    pass

class IntBox(Box[int]):
    pass

cases = [
    ("Any()", lambda: Any()),
    ("isinstance Any", lambda: isinstance(1, Any)),
    ("NoReturn()", lambda: NoReturn()),
    ("isinstance NoReturn", lambda: isinstance(1, NoReturn)),
    ("issubclass ClassVar", lambda: issubclass(int, ClassVar)),
    ("Optional[int, str]", lambda: Optional[int, str]),
    ("ClassVar[int, str]", lambda: ClassVar[int, str]),
    ("Final[int, str]", lambda: Final[int, str]),
    ("Required[int, str]", lambda: Required[int, str]),
    ("ClassVar[Final[int]]", lambda: ClassVar[Final[int]]),
    ("List[ClassVar[int]]", lambda: List[ClassVar[int]]),
    ("Union[()]", lambda: Union[()]),
    ("Union[ClassVar]", lambda: Union[int, ClassVar]),
    ("List[Generic]", lambda: List[Generic]),
    ("Hashable[int]", lambda: Hashable[int]),
    ("Tuple[int][str]", lambda: Tuple[int][str]),
    ("Callable[int]", lambda: Callable[[int]]),
    ("Callable[1,2,3]", lambda: Callable[int, str, bytes]),
    ("Dict[int]", lambda: Dict[int]),
    ("List[int, str]", lambda: List[int, str]),
    ("List[int][str]", lambda: List[int][str]),
    ("Union[int, str][int]", lambda: Union[int, str][int]),
    ("Dict[T, S][int]", lambda: Dict[T, S][int]),
    ("List[T][int, str]", lambda: List[T][int, str]),
    ("List[int]()", lambda: List[int]()),
    ("List()", lambda: List()),
    ("Dict()", lambda: Dict()),
    ("Tuple()", lambda: Tuple()),
    ("Type[int]()", lambda: Type[int]()),
    ("FrozenSet()", lambda: FrozenSet()),
    ("Iterable[int]()", lambda: Iterable[int]()),
    ("Union[int, str]()", lambda: Union[int, str]()),
    ("Literal()", lambda: Literal[1]()),
    ("isinstance List[int]", lambda: isinstance([], List[int])),
    ("issubclass Dict[str, int]", lambda: issubclass(dict, Dict[str, int])),
    ("isinstance Callable[[], int]", lambda: isinstance(len, Callable[[], int])),
    ("isinstance Optional[List[int]]", lambda: isinstance(1, Optional[List[int]])),
    ("isinstance Literal", lambda: isinstance(1, Literal[1])),
    ("Self[int]", lambda: Self[int]),
    ("Never[int]", lambda: Never[int]),
    ("Concatenate[int]", lambda: Concatenate[int]),
    ("Concatenate[()]", lambda: Concatenate[()]),
    ("TypeVar one constraint", lambda: TypeVar("X", int)),
    ("TypeVar bound+constraints", lambda: TypeVar("X", int, str, bound=int)),
    ("TypeVar bivariant", lambda: TypeVar("X", covariant=True, contravariant=True)),
    ("Generic[int]", lambda: Generic[int]),
    ("Generic[T, T]", lambda: Generic[T, T]),
    ("Generic[()]", lambda: Generic[()]),
    ("Protocol[int]", lambda: Protocol[int]),
    ("Box[int, str]", lambda: Box[int, str]),
    ("Box[()]", lambda: Box[()]),
    ("IntBox[int]", lambda: IntBox[int]),
    ("Box[int][str]", lambda: Box[int][str]),
    ("Annotated[int]", lambda: Annotated[int]),
    ("Annotated()", lambda: Annotated()),
    ("ForwardRef(3)", lambda: ForwardRef(3)),
    ("ForwardRef('1 +')", lambda: ForwardRef("1 +")),
    ("NamedTuple both", lambda: NamedTuple("N", [("a", int)], b=str)),
    ("cast", lambda: cast(int, "x")),
    ("assert_never", lambda: assert_never(["x"])),
    ("assert_never long", lambda: assert_never("y" * 150)),
]
for label, f in cases:
    attempt(label, f)


def bad_generic_twice():
    class Bad(Generic[T], Generic[S]):
        pass

def bad_unlisted():
    class Bad(Box[T], Generic[S]):
        pass

def bad_plain_generic():
    class Bad(Generic):
        pass

def bad_protocol_base():
    class Bad(Protocol, int):
        pass

def bad_subclass_union():
    class Bad(Union):
        pass

def bad_subclass_newtype():
    UserId = NewType("UserId", int)
    class Admin(UserId):
        pass

def bad_annotated_subclass():
    class Bad(Annotated):
        pass

def bad_namedtuple_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int
        c: int

def bad_namedtuple_base():
    class Bad(NamedTuple, int):
        a: int

def bad_namedtuple_underscore():
    class Bad(NamedTuple):
        _hidden: int

def bad_namedtuple_override():
    class Bad(NamedTuple):
        a: int
        def _asdict(self):
            return {}

def bad_typeddict_base():
    class Movie(TypedDict):
        title: str
    class Bad(Movie, int):
        pass

for f in (bad_generic_twice, bad_unlisted, bad_plain_generic, bad_protocol_base, bad_subclass_union,
          bad_subclass_newtype, bad_annotated_subclass, bad_namedtuple_order, bad_namedtuple_base,
          bad_namedtuple_underscore, bad_namedtuple_override, bad_typeddict_base):
    attempt(f.__name__, f)

print(repr(TypeVar("B", bound=3)), TypeVar("B", bound="Foo").__bound__)
