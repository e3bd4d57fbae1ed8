# collections.abc mixin methods in depth: Set algebra and _hash,
# MutableSet, Mapping views, MutableMapping's update forms, Sequence.index
# windows, MutableSequence, generator/coroutine mixins, subscripting.
import collections.abc as cabc
import typing


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r) if not isinstance(r, (set, frozenset)) else sorted(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(list(self.items))
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def __repr__(self):
        return f"Bag({sorted(self.items)})"
    __hash__ = cabc.Set._hash


a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a)
print(a & [3, 9], [3, 9] & a, a | (7,), (7,) | a, a - [1], [1, 5] - a, a ^ [1, 8], [1, 8] ^ a)
print(a < Bag([1, 2, 3, 4]), a <= Bag([1, 2, 3]), a > Bag([2]), a >= Bag([1, 2, 3]), a == Bag([3, 2, 1]), a != b)
print(a <= {1, 2, 3}, a == {1, 2, 3}, {1, 2, 3} == a, a == [1, 2, 3], a.isdisjoint([9]), a.isdisjoint(iter([3])))
print(a.__and__(5), a.__or__(5), a.__sub__(5), a.__le__([1]), a.__eq__([1]))
attempt(lambda: a & 5)
attempt(lambda: a < [1, 2, 3, 4])
print(hash(Bag([1, 2, 3])) == hash(frozenset({1, 2, 3})), hash(Bag()) == hash(frozenset()))
print(hash(Bag(["x", (1, 2), -7, 2.5])) == hash(frozenset(["x", (1, 2), -7, 2.5])))
print(cabc.Set._hash(Bag(range(100))) == hash(frozenset(range(100))))

m = Bag([1, 2, 3])
m.remove(2)
attempt(m.remove, 42)
print(m, m.pop() in (1, 3), len(m))
m |= [5, 6]
print(m)
m &= [5, 6, 7]
print(m)
m ^= [6, 9]
print(m)
m -= [5]
print(m)
m ^= m
print(m)
m |= [1, 2]
m -= m
print(m)
m.add(4)
m.clear()
print(m, len(m))
attempt(Bag().pop)


class Frozen(cabc.Set):
    def __init__(self, it=()):
        self.data = frozenset(it)
    def __contains__(self, x):
        return x in self.data
    def __iter__(self):
        return iter(sorted(self.data))
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Frozen({sorted(self.data)})"


f = Frozen([1, 2])
print(f | [3], type(f & [1]).__name__)
attempt(hash, f)
print(f.__hash__)


class Ro(cabc.Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)


ro = Ro(a=1, b=2, c=3)
ks, vs, its = ro.keys(), ro.values(), ro.items()
print(type(ks).__name__, type(vs).__name__, type(its).__name__, len(ks), len(vs), len(its))
print(repr(ks)[:10], list(ks), list(vs), list(its))
print("a" in ks, 2 in vs, 9 in vs, ("b", 2) in its, ("b", 3) in its, ("z", 1) in its)
for r in (ks & {"a", "z"}, ks | {"z"}, ks - {"a"}, ks ^ {"a", "q"}, its & {("a", 1)}, ["z"] | ks):
    print(type(r).__name__, sorted(r))
print(ks == {"a", "b", "c"}, ks <= {"a", "b", "c", "d"}, ks.isdisjoint(["x"]))
print(ro == {"a": 1, "b": 2, "c": 3}, ro == Ro(c=3, b=2, a=1), ro != {"a": 1}, ro == [1])
print(ro.get("a"), ro.get("zz"), ro.get("zz", 0), "a" in ro, "zz" in ro)
print(ro.__reversed__, ro.__hash__)
attempt(reversed, ro)
attempt(hash, ro)
attempt(lambda: ro["zz"])
print(repr(cabc.KeysView({"k": 1})), repr(cabc.ValuesView({"k": 1})), repr(cabc.ItemsView({})))
print(isinstance(ks, cabc.Set), isinstance(vs, cabc.Set), isinstance(vs, cabc.Collection))


class Store(cabc.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)


class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2


st = Store()
st.update({"a": 1})
st.update(Ro(b=2))
st.update([("c", 3), ["d", 4]])
st.update(KeysOnly())
st.update(e=5, other=6)
st.update()
print(sorted(st.items()))
print(st.pop("a"), st.pop("a", "gone"), st.setdefault("b", 99), st.setdefault("new"), st["new"])
attempt(st.pop, "a")
print(st.popitem(), len(st))
st.clear()
print(len(st))
attempt(st.popitem)
attempt(st.update, [1])
attempt(st.update, 5)
attempt(st.update, {}, {})


class Seq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)


s = Seq("a", "b", "a", "c", "a")
print(list(s), list(reversed(s)), s.count("a"), s.count("z"), "c" in s, "z" in s)
print(s.index("a"), s.index("a", 1), s.index("a", 3), s.index("a", -1), s.index("a", -100))
print(s.index("c", 0, 4), s.index("a", 1, -1))
attempt(s.index, "c", 0, 3)
attempt(s.index, "z")
attempt(s.index, "a", 1, -3)
nan = float("nan")
print(Seq(nan).index(nan), Seq(nan).count(nan), nan in Seq(nan))
print(type(iter(s)).__name__, type(reversed(s)).__name__)


class Lst(cabc.MutableSequence):
    def __init__(self, *items):
        self.items = list(items)
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


l = Lst(1, 2, 3)
l.append(4)
l.extend(l)
print(l.items)
l.reverse()
print(l.items, l.pop(), l.pop(0), l.pop(-2), l.items)
l.remove(2)
print(l.items)
attempt(l.remove, 99)
l += (7, 8)
print(l.items)
l2 = Lst(1, 2, 3, 4, 5)
l2.reverse()
print(l2.items)
l2.clear()
print(l2.items)
attempt(l2.pop)

# abstract classes refuse instantiation
for cls in (cabc.Sequence, cabc.MutableMapping, cabc.Set, cabc.Iterator, cabc.Generator, cabc.Hashable, cabc.Callable):
    attempt(cls)


class Half(cabc.MutableSequence):
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 0


attempt(Half)


# generator and coroutine mixins
class Counter3(cabc.Generator):
    def __init__(self):
        self.n = 0
    def send(self, value):
        if self.n >= 3:
            raise StopIteration
        self.n += 1
        return self.n
    def throw(self, typ, val=None, tb=None):
        raise StopIteration


c = Counter3()
print(list(c), iter(c) is c, c.close())


class Stubborn(cabc.Generator):
    def send(self, value):
        return 1
    def throw(self, typ, val=None, tb=None):
        return 2


attempt(Stubborn().close)


class Defaults(cabc.Generator):
    def send(self, value):
        return super().send(value)
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


d = Defaults()
attempt(d.send, None)
attempt(d.throw, ValueError)
attempt(d.throw, ValueError, ValueError("given"))
attempt(d.throw, KeyError, None, None)
print(d.close())


class Aw(cabc.Awaitable):
    def __await__(self):
        return (yield from ())


class It(cabc.Iterator):
    def __init__(self):
        self.left = 2
    def __next__(self):
        if not self.left:
            raise StopIteration
        self.left -= 1
        return self.left


print(list(It()), isinstance(Aw(), cabc.Awaitable), isinstance(It(), cabc.Iterable))


class AIt(cabc.AsyncIterator):
    def __init__(self):
        self.left = 3
    async def __anext__(self):
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return self.left


async def drain():
    got = []
    async for x in AIt():
        got.append(x)
    return got


co = drain()
try:
    co.send(None)
except StopIteration as e:
    print("async for:", e.value)

# duck typing and blocking with None
class Duck:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
    def __contains__(self, x):
        return False
    def __reversed__(self):
        return iter(())


class NotIter(Duck):
    __iter__ = None


print(issubclass(Duck, cabc.Collection), issubclass(Duck, cabc.Reversible), issubclass(Duck, cabc.Sequence))
print(issubclass(NotIter, cabc.Iterable), issubclass(NotIter, cabc.Sized), issubclass(NotIter, cabc.Collection))
cabc.Sequence.register(Duck)
print(issubclass(Duck, cabc.Sequence), isinstance(Duck(), cabc.Reversible), issubclass(NotIter, cabc.Sequence))

# subscripting
T = typing.TypeVar("T")
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Sequence[T], cabc.Set[bytes])
print(cabc.Callable[[int, str], float], cabc.Callable[..., None], cabc.Callable[[], int])
ca = cabc.Callable[[int], str]
print(ca.__args__, ca.__origin__ is cabc.Callable, type(ca).__name__, ca == cabc.Callable[[int], str])
attempt(lambda: cabc.Callable[int])
attempt(lambda: cabc.Callable[1, int])
attempt(lambda: cabc.Callable[[int], int, str])
