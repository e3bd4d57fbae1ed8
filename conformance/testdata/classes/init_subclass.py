class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key)
class CSV(Plugin):
    pass
class JSON(Plugin, name="json-plugin"):
    pass
class Nested(CSV):
    pass
print(sorted(Plugin.registry))
print(Plugin.registry["json-plugin"] is JSON)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init_subclass__(cls):
        cls.tag = cls.__name__ + "!"
class Child(Base):
    pass
print(Child.tag, hasattr(Base, "tag"))
