def add_greeting(cls):
    cls.greet = lambda self: f"Hello from {type(self).__name__}"
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
seen = []
@register(seen)
@add_greeting
class Greeter:
    pass
@register(seen)
class Other:
    pass
print(Greeter().greet(), seen)
def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone:
    pass
print(Gone)
def count_instances(cls):
    original = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Tracked:
    def __init__(self, v):
        self.v = v
Tracked(1); Tracked(2)
print(Tracked.instances, Tracked(3).v, Tracked.instances)
