# collections.abc: which builtin objects count as instances of which ABC
# (registrations and structural __subclasshook__ checks), and the ABCs'
# shape: bases, abstract methods.
import collections.abc as cabc
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap, UserDict, UserList, UserString
import types
import functools


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Plain:
    pass


class WithCall:
    def __call__(self):
        return 1


co = coro()
ag = agen()
samples = [
    ("int", 1), ("float", 1.5), ("complex", 1j), ("bool", True), ("None", None),
    ("str", "ab"), ("bytes", b"ab"), ("bytearray", bytearray(b"ab")),
    ("list", [1]), ("tuple", (1,)), ("range", range(3)), ("memoryview", memoryview(b"ab")),
    ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset({1})),
    ("keys", {1: 2}.keys()), ("values", {1: 2}.values()), ("items", {1: 2}.items()),
    ("list_iter", iter([1])), ("tuple_iter", iter((1,))), ("str_iter", iter("a")),
    ("range_iter", iter(range(2))), ("dict_iter", iter({})), ("set_iter", iter(set())),
    ("reversed", reversed([1])), ("zip", zip()), ("map", map(str, [])), ("enumerate", enumerate([])),
    ("generator", gen()), ("genexpr", (x for x in ())), ("coroutine", co), ("async_gen", ag),
    ("function", gen), ("lambda", lambda: 0), ("builtin", len), ("method", [].append),
    ("type", int), ("partial", functools.partial(len)), ("bound", Plain().__init__),
    ("deque", deque()), ("OrderedDict", OrderedDict()), ("Counter", Counter()),
    ("defaultdict", defaultdict()), ("ChainMap", ChainMap()), ("UserDict", UserDict()),
    ("UserList", UserList()), ("UserString", UserString("")),
    ("Plain", Plain()), ("WithCall", WithCall()),
]

abcs = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
        "AsyncGenerator", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
        "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
        "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
        "Sequence", "MutableSequence", "ByteString"]

print(sorted(cabc.__all__) == sorted(abcs + ["Hashable"]), len(cabc.__all__))
# (rebeam differs from CPython on hashing dict views and memoryviews)
print("Hashable", [name for name, obj in samples
                   if name not in ("keys", "items", "memoryview")
                   and isinstance(obj, cabc.Hashable)])
print(isinstance(types.MappingProxyType({}), cabc.Mapping))
for name, obj in samples:
    hits = [a for a in abcs if isinstance(obj, getattr(cabc, a))]
    print(f"{name:12} {' '.join(hits)}")
co.close()

print()
for a in ["Hashable"] + abcs:
    cls = getattr(cabc, a)
    print(a, [b.__name__ for b in cls.__bases__], sorted(cls.__abstractmethods__),
          type(cls).__name__, cls.__module__)

# issubclass with types, and with registered/structural classes
for t in (list, tuple, str, dict, set, frozenset, bytes, bytearray, range, memoryview, deque, int, object):
    print(t.__name__, [a for a in abcs if issubclass(t, getattr(cabc, a))])
