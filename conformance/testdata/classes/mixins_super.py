# Class hierarchies with mixins, cooperative super() and the MRO.
class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        if kwargs:
            raise TypeError(f"unexpected {sorted(kwargs)}")

    def describe(self):
        return ["Base"]

class JsonMixin:
    def to_json(self):
        fields = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()) if k != "log")
        return "{" + fields + "}"

    def describe(self):
        return ["Json"] + super().describe()

class ReprMixin:
    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k != "log")
        return f"{type(self).__name__}({args})"

    def describe(self):
        return ["Repr"] + super().describe()

class Named(Base):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")

    def describe(self):
        return ["Named"] + super().describe()

class Aged(Base):
    def __init__(self, age=0, **kwargs):
        super().__init__(**kwargs)
        self.age = age
        self.log.append("Aged")

    def describe(self):
        return ["Aged"] + super().describe()

class Person(ReprMixin, JsonMixin, Named, Aged):
    def __init__(self, name, age, email=None, **kwargs):
        super().__init__(name=name, age=age, **kwargs)
        self.email = email
        self.log.append("Person")

    def describe(self):
        return ["Person"] + super().describe()

p = Person("ann", 30, email="a@x")
print([c.__name__ for c in Person.__mro__])
print(p.log, p.describe())
print(repr(p), p.to_json())
try:
    Person("bob", 1, hobby="x")
except TypeError as e:
    print("TypeError:", e)

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), super(B, D()).who(), super(C, D()).who())
print(D.__mro__ == (D, B, C, A, object), B.__bases__, D.__base__.__name__)
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class Counter:
    count = 0
    def __init_subclass__(cls, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        Counter.count += 1
        cls.tag = prefix + cls.__name__.lower()
class Alpha(Counter, prefix="x-"):
    pass
class Beta(Alpha):
    pass
print(Counter.count, Alpha.tag, Beta.tag)

class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError(type(self).__name__)
    @classmethod
    def create(cls, *args):
        return cls(*args)
class Square(Shape):
    sides = 4
    def __init__(self, s=1):
        self.s = s
    def area(self):
        return self.s ** 2
class Cube(Square):
    def area(self):
        return 6 * super().area()
for shape in (Square.create(3), Cube.create(2)):
    print(type(shape).__name__, shape.sides, shape.area(), isinstance(shape, Square))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
