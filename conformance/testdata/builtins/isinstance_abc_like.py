print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), (set, frozenset)))
print(isinstance(print, type(len)), isinstance(lambda: 0, type(lambda: 0)), isinstance(int, object))
class Base: pass
class Mixin: pass
class Child(Base, Mixin): pass
c = Child()
print([isinstance(c, t) for t in (Base, Mixin, Child, object, int)])
print(issubclass(Child, (int, Mixin)), issubclass(Child, Child), Child.__bases__ == (Base, Mixin))
print(type(c) == Child, type(c) == Base, isinstance(True, (bool, int)), type(True) in (int, float))
print(isinstance(3, (list, (tuple, int))) if False else isinstance(3, (list, tuple, int)))
