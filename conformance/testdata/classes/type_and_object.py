class A:
    pass
a = A()
print(type(a) is A, type(A) is type, type(type) is type, type(object) is type)
print(isinstance(A, type), isinstance(type, object), isinstance(object, type), issubclass(type, object))
print(A.__name__, A.__qualname__, A.__module__, A.__bases__, object.__bases__, type.__bases__)
print(A.__mro__, int.__mro__, bool.__mro__)
print(type(1).__name__, type("").__name__, type(None).__name__, type(len).__name__, type(A.__dict__).__name__)
print(repr(A).startswith("<class '__main__.A'"), repr(int), repr(type), repr(object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
a.x = 5
print(a.__dict__, vars(a), hasattr(o, "__dict__"))
class B(A):
    """Docstring of B."""
    attr = 1
print(B.__doc__, A.__doc__, "attr" in B.__dict__, "attr" in A.__dict__)
print(B.__base__ is A, A.__subclasses__() == [B])
print(object.__name__, issubclass(B, object), issubclass(bool, (str, int)))
print(a.__class__ is A, a.__class__.__class__ is type)
X = type("X", (A,), {"v": 3, "m": lambda self: self.v * 2})
print(X.__name__, X().m(), X.__bases__[0] is A, X.__mro__[1] is A)
