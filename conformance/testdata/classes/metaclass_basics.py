class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
class Base(metaclass=Meta):
    x = 1
    def method(self):
        pass
class Child(Base, flag=True):
    def __init__(self, v):
        print("Child.__init__", v)
        self.v = v
c = Child(7)
print(c.v, Child.created_by, type(Child).__name__, isinstance(Child, Meta), type(c).__name__)
print(type(Base) is Meta, Meta.__mro__[1] is type)
