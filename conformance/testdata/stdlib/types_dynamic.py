import types
import sys

# SimpleNamespace
ns = types.SimpleNamespace(x=1, y=[2])
ns.self = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
print(Sub(a=1), types.SimpleNamespace(b=1, a=2), types.SimpleNamespace())
print(types.SimpleNamespace(a=1) == Sub(a=1), Sub(a=1) == types.SimpleNamespace(a=1))
print(types.SimpleNamespace(a=1) == {"a": 1}, types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
print(types.SimpleNamespace(a=1).__eq__(1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    types.SimpleNamespace().missing
except AttributeError:
    print("AttributeError")
try:
    hash(types.SimpleNamespace())
except TypeError:
    print("TypeError")
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
print(types.SimpleNamespace(q=3).__reduce__())
n = types.SimpleNamespace(**{"k": "v"})
print(vars(n), n.__dict__ is vars(n))

# resolve_bases / prepare_class / new_class
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
bases = (Entry(), int)
print(types.resolve_bases(bases))
plain = (int, str)
print(types.resolve_bases(plain) is plain)
class BadEntry:
    def __mro_entries__(self, bases):
        return [int]
try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print("TypeError:", e)
Z = types.new_class("Z", (Entry(),))
print(Z.__bases__, type(Z.__orig_bases__).__name__, len(Z.__orig_bases__))
print(types.prepare_class("A", (int,), {"x": 1}))
print(types.prepare_class("A", (), {"metaclass": 3}))
print(types.prepare_class("A"))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
K = types.new_class("K", (), {"metaclass": Meta, "flag": 1}, lambda ns: ns.update(body=2))
print(type(K).__name__, K.prepared, K.body)
class Derived(K):
    pass
meta, ns, kw = types.prepare_class("D", (K,), {"other": 5})
print(meta.__name__, ns, kw)

class M1(type):
    pass
class M2(type):
    pass
A = M1("A", (), {})
B = M2("B", (), {})
try:
    types.new_class("C", (A, B))
except TypeError as e:
    print("TypeError:", e)
class M3(M1):
    pass
C3 = types.new_class("C3", (A,), {"metaclass": M3})
print(type(C3).__name__, type(types.new_class("C4", (C3,), {"metaclass": type})).__name__)

# DynamicClassAttribute
class WithDyn:
    @types.DynamicClassAttribute
    def name(self):
        "The name."
        return "inst"
    missing = types.DynamicClassAttribute(None)
w = WithDyn()
print(w.name, WithDyn.__dict__["name"].__doc__, WithDyn.__dict__["name"].overwrite_doc)
for action in (lambda: WithDyn.name, lambda: w.missing, lambda: setattr(w, "name", 1), lambda: delattr(w, "name")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError", repr(e))
class Dyn2:
    _v = 0
    def _get(self):
        return self._v
    v = types.DynamicClassAttribute(_get, doc="given")
    @v.setter
    def v(self, val):
        self._v = val
d = Dyn2()
d.v = 9
print(d.v, Dyn2.__dict__["v"].__doc__, Dyn2.__dict__["v"].overwrite_doc)

class EnumLike(type):
    def __getattr__(cls, name):
        return "class-level " + name
class UsesMeta(metaclass=EnumLike):
    @types.DynamicClassAttribute
    def value(self):
        return "instance-level"
print(UsesMeta.value, UsesMeta().value)

# coroutine
@types.coroutine
def sleep0():
    got = yield "tick"
    return got * 2
async def main():
    return await sleep0()
c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)
try:
    types.coroutine(1)
except TypeError as e:
    print("TypeError:", e)
print(sleep0.__name__)

# the type names
for name in ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "CellType",
             "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
             "BuiltinFunctionType", "ModuleType", "TracebackType", "FrameType",
             "MemberDescriptorType", "NoneType", "EllipsisType", "NotImplementedType",
             "GenericAlias", "UnionType"]:
    t = getattr(types, name)
    print(name, t.__name__)
def outer():
    v = 1
    return (lambda: v).__closure__[0]
print(isinstance(outer(), types.CellType), isinstance(sys._getframe(), types.FrameType))
class Slots:
    __slots__ = ("a",)
print(isinstance(Slots.__dict__["a"], types.MemberDescriptorType))
print(isinstance(None, types.NoneType), isinstance(..., types.EllipsisType))
print(types.MappingProxyType({"a": 1}), type(types.MappingProxyType({})).__name__)
print(types.GenericAlias(dict, (str, int)), int | str | None)
mod = types.ModuleType("m")
print(mod.__name__, mod.__doc__)
import types
try:
    types.SimpleNamespace().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print("TypeError:", e)
class Sub(types.SimpleNamespace):
    pass
try:
    Sub().missing
except AttributeError as e:
    print("AttributeError:", e)
print(types.SimpleNamespace.__name__, types.SimpleNamespace, types.SimpleNamespace(a=1))
