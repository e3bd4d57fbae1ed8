# A mappingproxy (a class's __dict__, types.MappingProxyType) offers only the
# dict methods that read; | merges it into a new dict.
import types


def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


class C:
    x = 1


def setit():
    C.__dict__["x"] = 2


t(setit)
print(C.x)
mp = types.MappingProxyType({"k": 1})


def setmp():
    mp["k"] = 2


t(setmp)
for name in ("__setitem__", "update", "pop", "popitem", "setdefault", "clear", "__delitem__"):
    t(lambda: getattr(mp, name))
print(mp.get("k"), mp.keys(), list(mp.items()), list(mp.values()), mp.copy(), len(mp), "k" in mp, list(mp))
print(mp | {"z": 1}, {"z": 1} | mp, type(mp | {}).__name__, mp)
print(sorted(k for k in C.__dict__.keys() if not k.startswith("__")), C.__dict__.get("x"))
