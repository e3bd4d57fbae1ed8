from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)

a = Item("apple", 1.5)
b = Item("apple", 1.5)
print(a, a == b, a is not b, a != Item("pear"))
a.tags.append("fruit")
print(a.tags, b.tags, a.qty)
print(asdict(a), astuple(a))
print(replace(a, price=2.0), [f.name for f in fields(Item)], fields(a)[3].repr)
print(is_dataclass(Item), is_dataclass(a), is_dataclass(3), Item.__match_args__)
print(Item.__doc__, Item.__hash__)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
try:
    Item("x", 1, [], 1, 5)
except TypeError as e:
    print("TypeError", e)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(p) == hash(Point(1, 2)), {p, Point(1, 2)}, replace(p, y=9))

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a")]
print(sorted(vs), Version(1) < Version(1, 1), Version(2, 0, "x") == Version(2, 0, "y"), Version(1) >= Version(1))
print(Version(1).__lt__(3))

@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
r = Rect(2, 3, scale=2)
print(r, r.area, [f.name for f in fields(r)])
try:
    replace(r, area=1)
except ValueError as e:
    print("ValueError", e)

@dataclass
class Opts:
    a: int
    _: KW_ONLY
    b: int = 2
    c: str = "c"
print(Opts(1, c="z"), Opts.__match_args__)
try:
    Opts(1, 2)
except TypeError as e:
    print("TypeError", e)

@dataclass(kw_only=True)
class AllKw:
    x: int
    y: int = 0
print(AllKw(x=1), AllKw(y=2, x=3))

@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Child(Base):
    z: int = 5
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))
print(astuple(n))
