print(type(1), type("a"), type([]), type(None), type(type), type(print), type(lambda: 0))
print(type(1) is int, type(True) is bool, type(True) is int, type(1.0) == float)
class C:
    pass
c = C()
print(type(c) is C, type(c).__name__, type(C).__name__, type(type(c)))
try:
    type()
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type.__name__, type.__qualname__, str(type(c)).startswith("<class '__main__.C'>"))
T = type("T", (object,), {"__repr__": lambda self: "T!"})
print(T(), [T()])
