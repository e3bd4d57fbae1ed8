# Metaclasses: a plugin registry, a singleton via __call__, and __prepare__-free validation.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kwargs.get("key", name.lower())
            if key in mcls.registry:
                raise TypeError(f"duplicate plugin {key!r}")
            mcls.registry[key] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"

class Plugin(metaclass=PluginMeta):
    def run(self, x):
        raise NotImplementedError

class Double(Plugin):
    def run(self, x):
        return 2 * x

class Square(Plugin, key="sq"):
    def run(self, x):
        return x * x

print(sorted(PluginMeta.registry), PluginMeta.registry["sq"], type(Double).__name__)
print([PluginMeta.registry[k]().run(7) for k in sorted(PluginMeta.registry)])
try:
    class Again(Plugin, key="sq"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls.instances:
            print("creating", cls.__name__, args)
            cls.instances[cls] = super().__call__(*args, **kwargs)
        return cls.instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, env="dev"):
        self.env = env

a = Config("prod")
b = Config("test")
print(a is b, a.env, isinstance(a, Config), type(Config) is Singleton)

class Checked(type):
    def __new__(mcls, name, bases, ns):
        missing = [m for m in ns.get("required", ()) if m not in ns]
        if missing:
            raise TypeError(f"{name} lacks {', '.join(missing)}")
        ns["checked"] = True
        return super().__new__(mcls, name, bases, ns)

class Good(metaclass=Checked):
    required = ("a",)
    def a(self):
        return "a"
print(Good.checked, Good().a())
try:
    class Bad(metaclass=Checked):
        required = ("a", "b")
except TypeError as e:
    print("TypeError:", e)

Dyn = PluginMeta("Dyn", (Plugin,), {"run": lambda self, x: -x})
print(Dyn().run(3), PluginMeta.registry["dyn"] is Dyn, Dyn.__mro__[1].__name__)
class Meta2(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=Meta2):
    pass
class Robot:
    quack = True
print(isinstance(Robot(), Duck), isinstance(3, Duck))
