class Box:
    def __init__(self):
        self.value = 1
    def method(self):
        return "m"
b = Box()
print(callable(b), callable(Box), callable(b.method), callable(print), callable(None), callable(lambda: 0))
print(getattr(b, "value"), getattr(b, "missing", "default"), hasattr(b, "value"), hasattr(b, "nope"))
setattr(b, "value", 5)
setattr(b, "new", "created")
print(b.value, b.new)
delattr(b, "new")
print(hasattr(b, "new"))
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(b, "method")(), getattr(Box, "method")(b), getattr(5, "real"), getattr("s", "upper")())
class Prop:
    @property
    def boom(self):
        raise AttributeError("inner problem")
print(hasattr(Prop(), "boom"))
class Err:
    @property
    def other(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Err(), "other")
except ValueError as e:
    print("ValueError propagates:", e)
