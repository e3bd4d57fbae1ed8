# OrderedDict: order-aware operations, views, equality, repr, subclasses.
from collections import OrderedDict as OD
from collections.abc import KeysView, ItemsView, ValuesView, MutableMapping


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


od = OD(b=1, a=2)
print(od, repr(OD()), od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())))
print(isinstance(od.keys(), KeysView), isinstance(od.items(), ItemsView), isinstance(od.values(), ValuesView), isinstance(od, MutableMapping), isinstance(od, dict))
print(od.keys() == {"a", "b"}, ("a", 2) in od.items(), 2 in od.values(), len(od.keys()), sorted(od.keys() & {"a"}))
attempt(lambda: od.move_to_end("zz"))
attempt(lambda: OD().popitem())
attempt(lambda: OD().popitem(last=False))
attempt(lambda: od.pop("zz"))
print(od.pop("zz", 0), od.setdefault("c", 3), od.setdefault("a", 99), od)
print(OD.fromkeys("xy"), OD.fromkeys("xy", 0), od.copy(), type(od.copy()).__name__, od.get("a"), od.get("q"))

# equality: order matters between OrderedDicts only
print(od == OD(a=2, b=1, c=3), od == {"a": 2, "b": 1, "c": 3}, {"a": 2, "b": 1, "c": 3} == od, od != OD(a=2, b=1, c=3))
print(OD(a=1) == OD(a=1), OD(a=1) != OD(a=1), OD(a=1) == [("a", 1)], OD(a=1, b=2) != OD(b=2, a=1))

# merging
print(od | {"z": 0}, {"z": 0} | od, type({"z": 0} | od).__name__)
x = OD(a=1)
x |= {"b": 2}
x |= [("c", 3)]
print(x)
for bad in (1, [("q", 1)]):
    try:
        od | bad
    except TypeError:
        print("TypeError for |", type(bad).__name__)

# construction
print(OD([("a", 1)], b=2), OD({"z": 1, "y": 2}), OD(OD(k=1)), OD(other=1, self=2))
attempt(lambda: OD(1))
attempt(lambda: OD({}, {}))

# updates, deletes and moves
od2 = OD(a=1, b=2, c=3)
od2.update([("a", 9)], d=4)
print(od2)
del od2["b"]
print(od2)
od2.move_to_end("a", False)
print(od2)
od2.move_to_end("a", last=True)
od2.move_to_end("d")
print(od2, od2.popitem(False), od2.popitem(), od2.popitem(last=True), od2)
od3 = OD.fromkeys(range(6))
for k in (3, 0, 5):
    od3.move_to_end(k, last=k % 2 == 1)
print(list(od3))
od3.clear()
print(od3, len(od3))

# a recursive repr, and the reduce tuple's shape
r = OD()
r["self"] = r
print(r)
red = OD(a=1).__reduce__()
print(red[0].__name__, red[1], red[2], red[3], list(red[4]))


# subclasses keep their class name and type
class Sub(OD):
    pass


s = Sub(a=1)
print(s, s.copy(), type(s.copy()).__name__, type(s | {}).__name__, Sub.fromkeys("ab"))


# an LRU cache on top of OrderedDict
class LRU(OD):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.size:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(3)
for k in "abcabdae":
    if k in cache:
        cache[k]
    else:
        cache[k] = k.upper()
    print(k, list(cache.items()))
print(vars(cache), cache.size)


# the constructor fills the dict without calling a subclass's update
class Loud(OD):
    def update(self, *a, **k):
        print("update called")
        super().update(*a, **k)


loud = Loud(a=1)
print(loud)
loud.update(b=2)
print(loud)
