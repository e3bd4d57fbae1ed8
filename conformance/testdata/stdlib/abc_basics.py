from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(e)
class Partial(Shape):
    def area(self):
        return 0
try:
    Partial()
except TypeError as e:
    print(e)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
class Impl(Base):
    name = "impl"
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().name, sorted(Base.__abstractmethods__))

class Plugin(ABC):
    pass
class Outside:
    pass
Plugin.register(Outside)
print(isinstance(Outside(), Plugin), issubclass(Outside, Plugin), Plugin.register(int) is int, isinstance(3, Plugin))

class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class File:
    def close(self):
        pass
print(isinstance(File(), Closeable), isinstance(3, Closeable), type(Closeable).__name__)
