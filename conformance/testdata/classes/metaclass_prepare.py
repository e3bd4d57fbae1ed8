class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Record(metaclass=Ordered, option=1):
    zeta = 1
    alpha = 2
    def middle(self):
        pass
    alpha = 3
print(Record.field_order, Record.alpha)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        renamed = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, renamed)
class Shout(metaclass=Upper):
    greet = "hi"
print(Shout.GREET, hasattr(Shout, "greet"))
