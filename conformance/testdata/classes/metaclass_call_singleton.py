class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
class Other(metaclass=Singleton):
    pass
print(Other() is Other(), Other() is a)
class CountingMeta(type):
    count = 0
    def __call__(cls, *a):
        CountingMeta.count += 1
        return super().__call__(*a)
    def __len__(cls):
        return CountingMeta.count
    def __repr__(cls):
        return f"<class {cls.__name__} via CountingMeta>"
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
class Widget(metaclass=CountingMeta):
    pass
Widget(); Widget(); Widget()
print(len(Widget), repr(Widget), Widget["k"])
class Conflict1(type): pass
class Conflict2(type): pass
class X(metaclass=Conflict1): pass
class Y(metaclass=Conflict2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
