from collections import abc
from collections import deque, OrderedDict, Counter

def g():
    yield 1

checks = [
    ("Iterable", [[], "", {}, 3, iter([])]),
    ("Iterator", [iter([]), [], g(), (x for x in "a")]),
    ("Sized", [[], 3, {1}, "s"]),
    ("Container", [[], 3, "s"]),
    ("Callable", [len, 3, lambda: 0, str, print]),
    ("Hashable", [3, [], "s", {}, (1,)]),
    ("Sequence", [[], (), "", {}, range(3), deque(), b""]),
    ("MutableSequence", [[], (), deque()]),
    ("Mapping", [{}, [], OrderedDict(), Counter()]),
    ("MutableMapping", [{}, OrderedDict()]),
    ("Set", [set(), frozenset(), {}.keys(), []]),
    ("MutableSet", [set(), frozenset()]),
    ("Generator", [g(), iter([])]),
    ("Reversible", [[], {}, set(), range(2)]),
    ("Collection", [[], set(), 3, {}.values()]),
    ("KeysView", [{}.keys(), {}.values()]),
    ("ItemsView", [{}.items()]),
    ("ValuesView", [{}.values()]),
]
for name, values in checks:
    cls = getattr(abc, name)
    print(name, [isinstance(v, cls) for v in values])

class Duck:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
print(isinstance(Duck(), abc.Iterable), isinstance(Duck(), abc.Sized), isinstance(Duck(), abc.Sequence))
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Mapping), issubclass(int, abc.Hashable))

class NoHash:
    __hash__ = None
print(isinstance(NoHash(), abc.Hashable))
async def co():
    pass
c = co()
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable))
c.close()
print(abc.Iterable.__module__, abc.Mapping)
