from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet

class Seq(Sequence):
    def __init__(self, *items):
        self.items = list(items)
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), s.index(2, 2))

class MSeq(MutableSequence):
    def __init__(self):
        self.items = []
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __len__(self):
        return len(self.items)
    def insert(self, i, v):
        self.items.insert(i, v)

m = MSeq()
m.append(1)
m.extend([2, 3])
m += [4]
m.reverse()
print(m.items, m.pop(), m.pop(0), m.items)
m.remove(2)
print(m.items)

class Map(Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

mp = Map(a=1, b=2)
print(mp.get("a"), mp.get("z", 0), "a" in mp, list(mp.keys()), list(mp.items()), list(mp.values()))
print(mp == {"a": 1, "b": 2}, mp.keys() == {"a", "b"}, ("a", 1) in mp.items())

class MMap(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

mm = MMap()
mm.update({"x": 1}, y=2)
print(mm.setdefault("z", 3), mm.pop("x"), mm.pop("nope", None), sorted(mm.items()))
print(mm.popitem(), len(mm))
mm.clear()
print(len(mm))

class S(Set):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)

a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]), a.isdisjoint(S([9])))

try:
    Seq.__abstractmethods__
    class Half(Sequence):
        def __len__(self):
            return 0
    Half()
except TypeError as e:
    print("TypeError", e)
