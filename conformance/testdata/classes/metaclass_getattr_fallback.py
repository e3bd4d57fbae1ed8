# A metaclass __getattr__ also answers when a class attribute's descriptor
# raises AttributeError, and union types are named like CPython's.
class Raising:
    def __get__(self, obj, owner=None):
        if obj is None:
            raise AttributeError("class access")
        return "from instance"


class Meta(type):
    def __getattr__(cls, name):
        return "meta fallback for " + name


class C(metaclass=Meta):
    attr = Raising()


class Plain:
    attr = Raising()


print(C.attr, C().attr, C.other)
try:
    Plain.attr
except AttributeError as e:
    print("AttributeError:", e)

u = int | str
print(type(u), type(u).__name__, type(u).__module__, type(u).__qualname__)
try:
    u.foo
except AttributeError as e:
    print(e)
import types
try:
    types.UnionType()
except TypeError as e:
    print(e)
