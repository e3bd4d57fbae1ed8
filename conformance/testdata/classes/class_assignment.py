# obj.__class__ = C: C must be a class defined in Python whose instances are laid
# out like obj's (same builtin base, __dict__ and __slots__).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
class B: pass
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
class L(list): pass
class L2(list): pass
class D(dict): pass
a = A()
a.__class__ = B; print(type(a).__name__)
t(lambda: setattr(a, "__class__", int))
t(lambda: setattr(a, "__class__", 5))
t(lambda: setattr(a, "__class__", S1))
s = S1(); s.__class__ = S2; print(type(s).__name__)
t(lambda: setattr(s, "__class__", S3))
l = L(); l.__class__ = L2; print(type(l).__name__)
t(lambda: setattr(l, "__class__", D))
t(lambda: setattr(l, "__class__", list))
t(lambda: setattr(1, "__class__", bool))
t(lambda: setattr([], "__class__", L))
t(lambda: setattr(object(), "__class__", A))
class Base:
    def who(self): return "base"
class Derived(Base):
    def who(self): return "derived"
obj = Base(); obj.__class__ = Derived; print(obj.who(), isinstance(obj, Derived))
