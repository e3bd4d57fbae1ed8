class X:
    pass
class Y(X):
    "Y doc"
class Z(Y):
    pass
print(X.__doc__, X().__doc__, Y().__doc__, Z.__doc__, Z().__doc__)
def f(a: int) -> str:
    "f doc"
cm, sm = classmethod(f), staticmethod(f)
print(cm.__name__, sm.__qualname__, cm.__doc__, sm.__annotations__, cm.__wrapped__ is f, sm.__module__, cm.__isabstractmethod__)
def f(cls): return cls
cm = classmethod(f); sm = staticmethod(f); pr = property(f)
for o in (cm, sm, pr, f, len):
    print(type(o).__name__, hasattr(o, "__get__"))
class A: pass
print(cm.__get__(None, A)(), sm.__get__(None, A)(1), pr.__get__(A()) .__class__.__name__, cm.__get__(A())())
print(type(f.__get__(A())).__name__)
try:
    cm.__get__(None, None)
except TypeError as e:
    print(e)
