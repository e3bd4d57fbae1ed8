# Properties, custom descriptors, __set_name__, and attribute hooks.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        delattr(obj, self.private)

class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class Product:
    name = Typed(str, "?")
    price = Positive(float, 1.0)
    qty = Positive(int, 1)

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    @property
    def total(self):
        """price times quantity"""
        return self.price * self.qty

    @total.setter
    def total(self, value):
        self.price = value / self.qty

    @property
    def label(self):
        return f"{self.name} x{self.qty}"

    @label.deleter
    def label(self):
        print("deleting label")

    @Lazy
    def expensive(self):
        """computed once"""
        print("computing expensive")
        return self.price * 1000

p = Product("pen", 1.5, 4)
print(p.name, p.price, p.qty, p.total, p.label)
p.total = 10.0
print(p.price, p.total)
print(p.expensive, p.expensive, "expensive" in vars(p))
del p.label
for bad in (lambda: setattr(p, "qty", 2.5), lambda: setattr(p, "price", -1.0), lambda: setattr(p, "label", "x")):
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
del p.name
print(p.name, Product.name.name, Product.price.private, type(Product.__dict__["total"]).__name__)
print(Product.total.__doc__, Product.expensive.__doc__, isinstance(Product.label, property))

class Tracked:
    def __init__(self):
        object.__setattr__(self, "changes", [])
    def __setattr__(self, name, value):
        self.changes.append(name)
        super().__setattr__(name, value)
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return None
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __delattr__(self, name):
        self.changes.append("-" + name)
        super().__delattr__(name)
t = Tracked()
t.a = 1
t.b = 2
del t.a
print(t.changes, t.opt_color, hasattr(t, "missing"), getattr(t, "b"))
class ReadOnly:
    __slots__ = ("_v",)
    def __init__(self, v):
        self._v = v
    v = property(lambda self: self._v, doc="the value")
r = ReadOnly(5)
print(r.v, ReadOnly.v.__doc__, ReadOnly.v.fset)
try:
    r.v = 6
except AttributeError as e:
    print("AttributeError:", e)
