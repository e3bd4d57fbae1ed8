from dataclasses import dataclass, field, fields, make_dataclass, MISSING
import dataclasses

@dataclass(repr=False, eq=False)
class Plain:
    a: int
p = Plain(1)
print(p.a, p == Plain(1), "Plain object" in repr(p))

@dataclass(init=False)
class NoInit:
    a: int = 3
n = NoInit()
print(n, n.a)

@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(Hashy(1)) == hash(Hashy(1, [2])), Hashy(1) == Hashy(1, [5]))

@dataclass(eq=False)
class Ident:
    a: int
print(Ident(1) == Ident(1), hash(Ident(1)) is not None)

@dataclass
class Explicit:
    a: int
    def __repr__(self):
        return "custom!"
    def __eq__(self, other):
        return True
print(Explicit(1), Explicit(1) == Explicit(2), Explicit.__hash__)

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError")

@dataclass(match_args=False)
class NoMatch:
    a: int
print(hasattr(NoMatch, "__match_args__"))

@dataclass(frozen=True, slots=True)
class FS:
    v: int
print(FS(3), hash(FS(3)) == hash(FS(3)))

@dataclass
class WithMeta:
    a: int = field(default=0, metadata={"unit": "m"})
f = fields(WithMeta)[0]
print(f.metadata["unit"], f.default, f.default_factory is MISSING, f.init, f.compare, f.hash, f.kw_only)

@dataclass
class CV:
    from typing import ClassVar
    count: ClassVar[int] = 0
    name: str = "n"
print([f.name for f in fields(CV)], CV.count, CV())

try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True, eq=False)
    class BadOpts:
        a: int
except ValueError as e:
    print("ValueError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
try:
    dataclasses.asdict(3)
except TypeError as e:
    print("TypeError", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
@dataclass(frozen=True)
class FrozenBase:
    a: int
try:
    @dataclass
    class Thaw(FrozenBase):
        b: int = 0
except TypeError as e:
    print("TypeError", e)

Dyn = make_dataclass("Dyn", ["z", ("x", int), ("y", int, field(default=5))], namespace={"total": lambda self: self.x + self.y})
d = Dyn(0, 1)
print(d, d.total(), Dyn.__name__)

@dataclass
class Recur:
    me: object = None
r = Recur()
r.me = r
print(r)
print(repr(dataclasses.MISSING)[:30] if False else type(dataclasses.MISSING).__name__)
