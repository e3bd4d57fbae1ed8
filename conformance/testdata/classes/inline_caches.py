"""Attribute, method, property and constructor caches must notice every change."""


class A:
    kind = "a"

    def __init__(self, v):
        self.v = v

    def who(self):
        return "A.who"

    @property
    def double(self):
        return self.v * 2


class B(A):
    kind = "b"

    def who(self):
        return "B.who"


class C:
    def who(self):
        return "C.who"


def call_who(objs):
    return [o.who() for o in objs]


def read_kind(objs):
    return [o.kind for o in objs]


objs = [A(1), B(2), C(), A(3), B(4)]
for _ in range(3):
    print(call_who(objs))
print(read_kind([A(1), B(2)]))

# Monkeypatching a method after the call site has cached it.
A.who = lambda self: "patched"
print(call_who(objs))
del A.who
try:
    print(call_who(objs))
except AttributeError as e:
    print("AttributeError", e)
A.who = lambda self: "again"

# An instance attribute shadowing a method, then removed.
a = A(5)
print(a.who())
a.who = lambda: "instance"
print(a.who())
del a.who
print(a.who())

# Class attribute changed after caching, instance attribute shadowing it.
def kinds(o):
    return o.kind

b = B(1)
print(kinds(b))
B.kind = "b2"
print(kinds(b))
b.kind = "own"
print(kinds(b))
del b.kind
print(kinds(b))
del B.kind
print(kinds(b))

# Properties: read inline, replaced, raising, with __getattr__.
def dbl(o):
    return o.double

x = A(21)
for _ in range(2):
    print(dbl(x))
A.double = property(lambda self: "new getter")
print(dbl(x))


class P:
    @property
    def p(self):
        raise AttributeError("from getter")

    def __getattr__(self, name):
        return "getattr " + name


class Q:
    @property
    def p(self):
        raise AttributeError("from getter")


def readp(o):
    return o.p


print(readp(P()))
try:
    readp(Q())
except AttributeError as e:
    print("AttributeError", e)

# Setting attributes: plain, then a property with a setter added later.
class S:
    def __init__(self):
        self.a = 1
        self.b = 2


def set_a(o, v):
    o.a = v
    return o.a


s = S()
print(set_a(s, 10), s.__dict__)
S.a = property(lambda self: "prop", lambda self, v: print("setter", v))
print(set_a(s, 11), s.__dict__)

# Constructors: __init__ replaced, __new__ added, metaclass-free class changed.
class K:
    def __init__(self, n):
        self.n = n


def make(n):
    return K(n)


print(make(1).n, make(2).n)
K.__init__ = lambda self, n: setattr(self, "n", n * 100)
print(make(3).n)


def new(cls, n):
    o = object.__new__(cls)
    o.made_by_new = True
    return o


K.__new__ = new
k = make(4)
print(k.n, k.made_by_new)
try:
    K(1, 2)
except TypeError as e:
    print("TypeError", e)


class Slotted:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


def sx(o):
    return o.x


print(sx(Slotted(7)), [sx(Slotted(i)) for i in range(3)])


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
print(type(NoInit()).__name__)
