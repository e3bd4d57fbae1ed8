# dataclasses: signatures, docs, pseudo-fields, conversions and the error
# messages of the decorator and its helpers.
import dataclasses
import inspect
from collections import namedtuple, OrderedDict
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         InitVar, KW_ONLY, MISSING, FrozenInstanceError, is_dataclass)
from typing import ClassVar, List


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    count: int = field(default=1, kw_only=True)

print(inspect.signature(Item))
print(inspect.signature(Item.__init__))
print(Item.__doc__)
print(Item.__init__.__annotations__)
print(Item.__init__.__qualname__, Item.__repr__.__qualname__, Item.__eq__.__qualname__)
print(Item.__dataclass_params__)
f = fields(Item)[2]
print(f.name, f.type, f.default is MISSING, f.default_factory, f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only)
print(repr(f._field_type), "Field(name='tags'" in repr(f), type(MISSING).__name__, type(KW_ONLY).__name__)
print(InitVar[int], InitVar[List[int]], InitVar[list[int]], InitVar[int].type)
print(Item.__match_args__, Item("a", count=3), sorted(k for k in Item.__dict__ if k.startswith("__data")))
print("tags" in Item.__dict__, Item.price, "name" in Item.__dict__)

match Item("pen", 2.5):
    case Item(n, p):
        print("matched", n, p)


@dataclass
class Account:
    owner: str
    limit: ClassVar[int] = 100
    secret: InitVar[str] = "pw"
    digest: int = field(init=False, default=0)

    def __post_init__(self, secret):
        self.digest = len(secret)

a = Account("ann", "hunter2")
print(a, a.digest, Account.limit, [f.name for f in fields(a)], sorted(Account.__dataclass_fields__))
print(inspect.signature(Account), Account.__match_args__)
print(replace(a, secret="x"), replace(a, owner="bob").digest)
for bad in (lambda: replace(a, digest=5), lambda: replace(3), lambda: replace(a, nothing=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass
class Needs:
    x: int
    token: InitVar[int]

    def __post_init__(self, token):
        self.x += token

n = Needs(1, 10)
print(n)
try:
    replace(n, x=3)
except ValueError as e:
    print("ValueError", e)
print(replace(n, x=3, token=1))


@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int
    c: int = 0
    d: int = field(default=9, kw_only=False)

print(inspect.signature(Opts), Opts(1, 4, b=2), Opts.__match_args__)

@dataclass(kw_only=True)
class KwBase:
    x: int = 1

@dataclass
class KwChild(KwBase):
    y: int

print(inspect.signature(KwChild), KwChild(5), KwChild.__match_args__)


Pair = namedtuple("Pair", "left right")

@dataclass
class Leaf:
    v: list

@dataclass
class Tree:
    pair: Pair
    leaves: tuple
    table: dict
    od: OrderedDict

t = Tree(Pair(Leaf([1]), 2), (Leaf([2]), 3), {"k": Leaf([3]), Leaf.__name__: [Leaf([4])]}, OrderedDict(z=1))
d = asdict(t)
print(d)
print(type(d["pair"]).__name__, type(d["od"]).__name__)
d["pair"].left["v"].append(99)
print(t.pair.left.v)
print(astuple(t))
print(asdict(t, dict_factory=lambda kv: [k for k, _ in kv]))
print(astuple(Leaf([1, 2]), tuple_factory=list))
for bad in (asdict, astuple):
    try:
        bad(Leaf)
    except TypeError as e:
        print("TypeError", e)


@dataclass(frozen=True)
class FP:
    x: int
    y: list = field(default_factory=list, compare=False)

p = FP(1)
for act in (lambda: setattr(p, "x", 2), lambda: setattr(p, "z", 2), lambda: delattr(p, "x")):
    try:
        act()
    except FrozenInstanceError as e:
        print("FrozenInstanceError", e)
print(hash(p) == hash((1,)), p == FP(1, [5]))

@dataclass(frozen=True)
class FP2(FP):
    z: int = 0
print(FP2(1, [], 2))
try:
    @dataclass
    class Thaw(FP):
        pass
except TypeError as e:
    print("TypeError", e)


@dataclass
class Plain:
    v: int
    def __hash__(self):
        return 7
print(hash(Plain(1)))

@dataclass(eq=True)
class NoHash:
    v: int
print(NoHash.__hash__)

@dataclass(unsafe_hash=True, eq=False)
class OnlyHash:
    v: int
    w: int = field(hash=False)
print(hash(OnlyHash(1, 2)) == hash((1,)), OnlyHash(1, 2) == OnlyHash(1, 2))

@dataclass(slots=True, weakref_slot=True)
class Slim:
    x: int
    y: int = 0
import weakref
s = Slim(1)
print(Slim.__slots__, weakref.ref(s)() is s, s, Slim.__qualname__)

@dataclass(slots=True)
class SlimChild(Slim):
    z: int = 0
print(SlimChild.__slots__, SlimChild(1, 2, 3))

@dataclass(order=True)
class V:
    a: int
    b: str = ""
print(V(1, "b") < V(1, "c"), V(2) > V(1, "z"), V(1) <= V(1), sorted([V(3), V(1, "x"), V(1)]))
try:
    V(1) < 3
except TypeError as e:
    print("TypeError", e)

Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))],
                       bases=(), namespace={"norm": lambda self: abs(self.x) + abs(self.y)},
                       frozen=True, order=True)
print(Point(3, -4), Point(3, -4).norm(), Point(1) < Point(2), inspect.signature(Point), is_dataclass(Point))
Untyped = make_dataclass("Untyped", ["a", "b"])
print(Untyped(1, 2), Untyped.__annotations__)
for bad in (["a b"], ["def"], ["a", ("a", int)], [("a", int, 3, 4)]):
    try:
        make_dataclass("X", bad)
    except TypeError as e:
        print("TypeError", e)

try:
    @dataclass
    class A:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class A:
        a: dict = {}
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class A:
        a: set = set()
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class A:
        a = field(default=1)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class A:
        a: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class A:
        a: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class A:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True)
    class A:
        a: int
        def __gt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(frozen=True)
    class A:
        a: int
        def __delattr__(self, name):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(unsafe_hash=True)
    class A:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(slots=True)
    class A:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(weakref_slot=True)
    class A:
        a: int
except TypeError as e:
    print("TypeError", e)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
try:
    Item("a", 1, [], 2)
except TypeError as e:
    print("TypeError", e)
try:
    Item("a", bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    fields(object())
except TypeError as e:
    print("TypeError", e)
