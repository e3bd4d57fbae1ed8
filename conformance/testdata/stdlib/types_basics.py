import types
import sys

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[3]))
print(types.SimpleNamespace(), types.SimpleNamespace(z=1))
del ns.a
print(ns, hasattr(ns, "a"))

def f():
    pass
def gen():
    yield 1
class C:
    def m(self):
        return self
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(C().m, types.MethodType), isinstance(sys, types.ModuleType), isinstance(gen(), types.GeneratorType))
print(isinstance(f.__code__, types.CodeType), types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__, types.ModuleType.__name__)

obj = C()
bound = types.MethodType(lambda self, x: (self is obj, x), obj)
print(bound(5))
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), "a" in mp, list(mp), mp.get("z", 0))
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError", e)
m = types.ModuleType("mymod", "docs here")
m.value = 42
print(m.__name__, m.__doc__, m.value)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, (int,)) or True)
print(isinstance(int | str, types.UnionType), int | None)

def body(ns):
    ns["x"] = 10
    ns["hello"] = lambda self: "hi " + str(self.x)
K = types.new_class("K", (C,), {}, body)
print(K.__name__, K().x, K().hello(), K.__mro__[1].__name__)
class Meta(type):
    pass
K2 = types.new_class("K2", (), {"metaclass": Meta})
print(type(K2).__name__)
print(types.resolve_bases((int, str)), types.prepare_class("Z")[0])
async def co():
    pass
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
