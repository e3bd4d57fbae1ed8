print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance("s", (int, (list, str))), isinstance(None, type(None)), isinstance(int, type), isinstance([], object))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(str, (list, tuple)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(1, int | str), issubclass(bool, int | None))
