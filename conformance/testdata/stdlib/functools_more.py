import functools
import collections
import collections.abc as cabc
from functools import (partial, partialmethod, reduce, wraps, update_wrapper,
                       lru_cache, cache, cached_property, total_ordering,
                       cmp_to_key, singledispatch, singledispatchmethod)

print(functools.__all__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# partial
def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)

p = partial(f, 1, x=3)
print(p(), p(5, 6, y=7), p(x=9))
print(p.func is f, p.args, p.keywords)
p2 = partial(p, 2, y=4)
print(p2.func is f, p2.args, p2.keywords, p2())
p.note = "attr"
p3 = partial(p, 5)
print(p3.func is p, p3.args, p.__dict__)
class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(type(mp).__name__, partial(mp, 2).func is f, MyPartial(p2).func is f)
print(repr(partial(len, [1, 2], key="v")), repr(partial(len)))
print(repr(MyPartial(len, 1)))
rec = partial(print)
rec2 = partial(f, rec)
print(repr(rec2).startswith("functools.partial(<function f at"))
for action in (lambda: partial(1), lambda: setattr(p2, "func", f), lambda: partial(),
               lambda: setattr(p2, "args", ()), lambda: delattr(p2, "keywords")):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(p2.__reduce__()[0] is partial, p2.__reduce__()[2][1:3])
q = partial(len)
q.__setstate__((print, (1,), {"sep": "-"}, None))
q(2)
print(repr(q))
print(partial[int])
class Holder:
    meth = partial(f, "not bound")
print(Holder().meth())

# partialmethod
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=""):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")
    @classmethod
    def make(cls, value, extra):
        return (cls.__name__, value, extra)
    make_one = partialmethod(make, 1)
    both = partialmethod(partialmethod(set_state, True), note="nested")
c = Cell()
print(c.set_alive(note="hi"), c.alive, c.set_dead(), c.alive)
print(Cell.make_one(2), c.make_one(3), c.both(), type(Cell.__dict__["both"].func).__name__)
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state at"))
print(Cell.__dict__["set_dead"].args, Cell.__dict__["set_dead"].keywords, Cell.__dict__["both"].args)
print(Cell.set_alive(c), c.alive)
try:
    partialmethod(1)
except TypeError as e:
    print("TypeError", e)

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3], 10), reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [5], 0))
print(reduce(lambda a, b: a + b, iter(["a", "b", "c"])), reduce(lambda a, b: a + b, [], "init"))
for bad in (lambda: reduce(lambda a, b: a, []), lambda: reduce(1, [1, 2]), lambda: reduce(lambda a, b: a, 5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def documented(x: int) -> str:
    "Some docs."
    return str(x)
documented_wrapped = documented.__wrapped__
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__qualname__, documented.__module__)
print(documented_wrapped.__name__, documented(3))
def source():
    pass
source.extra = {"k": 1}
source.__wrapped__ = "old"
def target():
    pass
r = update_wrapper(target, source)
print(r is target, target.extra, target.__wrapped__ is source, target.__name__)
class NoName:
    def __call__(self):
        pass
def t2():
    pass
update_wrapper(t2, NoName(), assigned=("__name__", "__doc__"), updated=())
print(t2.__name__, t2.__doc__)
update_wrapper(t2, len, assigned=("__name__",), updated=())
print(t2.__name__)

# lru_cache
calls = []
@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x
for v in (1, 2, 1, 3, 2, 1):
    square(v)
print(calls, square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square.__wrapped__.__name__, square.__name__)
@lru_cache
def ident(x, **k):
    return x
ident(1); ident(1.0); ident(True); ident(1.0); ident(x=1); ident(x=1.0)
print(ident.cache_info())
@lru_cache(typed=True)
def typed_ident(x):
    return x
typed_ident(1); typed_ident(1.0); typed_ident(True); typed_ident(1)
print(typed_ident.cache_info(), typed_ident.cache_parameters())
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
print(lru_cache(maxsize=-5)(len).cache_parameters())
for bad in (lambda: lru_cache("x"), lambda: square([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
@lru_cache(maxsize=3)
def kw(a, b=1):
    return a + b
kw(1, b=2); kw(1, 2); kw(a=1, b=2); kw(b=2, a=1); kw(1, b=2)
print(kw.cache_info())
class Meth:
    def __init__(self, n):
        self.n = n
    @lru_cache
    def get(self, k):
        return self.n * k
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
m1 = Meth(2)
print(m1.get(3), m1.get(3), Meth.get.cache_info())
@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(10), fact.cache_info(), fact.cache_parameters())

# cached_property
class Data:
    def __init__(self, n):
        self.n = n
        self.count = 0
    @cached_property
    def total(self):
        "The total."
        self.count += 1
        return self.n * 10
d = Data(4)
print(d.total, d.total, d.count, "total" in d.__dict__)
del d.total
print(d.total, d.count)
d.total = 99
print(d.total, Data.total.__doc__, Data.total.attrname, type(Data.total).__name__)
class Slotted:
    __slots__ = ("n",)
    prop = cached_property(lambda self: 1)
try:
    Slotted().prop
except TypeError as e:
    print("TypeError", e)
loose = cached_property(lambda self: 1)
class Late:
    pass
Late.prop = loose
try:
    Late().prop
except TypeError as e:
    print("TypeError", e)
shared = cached_property(lambda self: 1)
try:
    class Twice:
        a = shared
        b = shared
except RuntimeError as e:
    print("RuntimeError", e, "|", e.__cause__)
print(cached_property[int])

# total_ordering
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), a >= Version(1))
print(Version.__gt__.__name__, Version.__le__.__doc__)
print(Version.__ge__.__doc__)
print(Version.__gt__(a, 5) is NotImplemented)
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
for root in ("__le__", "__gt__", "__ge__"):
    ns = {"__init__": lambda self, n: setattr(self, "n", n),
          "__eq__": lambda self, o: self.n == o.n,
          root: (lambda op: lambda self, o: getattr(self.n, op)(o.n))(root)}
    K = total_ordering(type("K" + root, (), ns))
    x, y = K(1), K(2)
    print(root, [x < y, x > y, x <= y, x >= y, x < K(1), x <= K(1), x > K(1), x >= K(1)])
    print(sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in K.__dict__), getattr(K, "__lt__").__doc__)
try:
    total_ordering(type("Empty", (), {}))
except ValueError as e:
    print("ValueError", e)
@total_ordering
class Both:
    def __lt__(self, o): return "lt"
    def __gt__(self, o): return "gt"
print(Both() < Both(), Both() > Both(), Both() <= Both(), Both() >= Both())

# cmp_to_key
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

# singledispatch
@singledispatch
def show(arg):
    return "object " + type(arg).__name__
@show.register
def _(arg: int):
    return "int %d" % arg
@show.register(list)
def _(arg):
    return "list of %d" % len(arg)
def show_float(arg):
    return "float"
print(show.register(float, show_float) is show_float)
@show.register
def _(arg: str | bytes):
    return "text " + repr(arg)
@show.register(cabc.Mapping)
def _(arg):
    return "mapping"
print(show(1), show(True), show([1, 2]), show(1.5), show("s"), show(b"b"), show({}), show(None))
print(show(collections.OrderedDict()), show(collections.UserDict()), show(()))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(dict).__name__, sorted(t.__name__ for t in show.registry))
print(type(show.registry).__name__, show.__name__, show.__wrapped__.__name__)
try:
    show()
except TypeError as e:
    print("TypeError", e)
for bad in (lambda: show.register(1), lambda: show.register(1, len)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for annotation in ("list[int]", "int | list[int]"):
    src = "def h(arg: %s):\n    pass\n" % annotation
    ns = {}
    exec(src, ns)
    try:
        show.register(ns["h"])
    except TypeError as e:
        print("TypeError", e)

@singledispatch
def kind(x):
    return "object"
kind.register(cabc.Sized, lambda x: "sized")
kind.register(cabc.Container, lambda x: "container")
class Both2:
    def __len__(self): return 0
    def __contains__(self, x): return False
class ExplicitSized(cabc.Sized):
    def __len__(self): return 0
    def __contains__(self, x): return False
for v in ([1], Both2(), ExplicitSized(), 5):
    try:
        print(kind(v))
    except RuntimeError as e:
        print("RuntimeError", e)

@singledispatch
def seq(x):
    return "obj"
seq.register(cabc.Sequence, lambda x: "seq")
seq.register(cabc.MutableSequence, lambda x: "mutseq")
seq.register(cabc.Mapping, lambda x: "mapping")
class D(dict):
    pass
print(seq({}), seq([]), seq(()), seq(D()), seq("ab"), seq(range(2)), seq(b""), seq(1))
class Base:
    pass
class Child(Base):
    def __len__(self):
        return 0
@singledispatch
def pick(x):
    return "object"
pick.register(Base, lambda x: "base")
pick.register(cabc.Sized, lambda x: "sized")
print(pick(Child()), pick(Base()))
class Late2:
    pass
print(seq(Late2()))
cabc.Sequence.register(Late2)
print(seq(Late2()))

# singledispatchmethod
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register
    def _(self, arg: int):
        return "int"
    @fmt.register(list)
    def _(self, arg):
        return "list"
    @singledispatchmethod
    @classmethod
    def cfmt(cls, arg):
        return cls.__name__ + " generic"
    @cfmt.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + " str"
print(Fmt().fmt(1), Fmt().fmt([]), Fmt().fmt("x"), Fmt.cfmt("s"), Fmt.cfmt(2), Fmt().cfmt("s"))
print(Fmt.fmt.__name__, Fmt.__dict__["fmt"].__isabstractmethod__)
try:
    singledispatchmethod(1)
except TypeError as e:
    print("TypeError", e)

for a, k in [((), {}), ((len,), {}), ((len, [], 1, 2), {}), ((len, []), {"initial": 1})]:
    try:
        reduce(*a, **k)
    except TypeError as e:
        print("TypeError", e)
