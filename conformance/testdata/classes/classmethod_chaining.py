# classmethod over a descriptor chains to it (CPython 3.9-3.12): classmethod(property(f))
# reads as a class property, a wrapped __get__ gets the class as instance and owner.
class CP:
    @classmethod
    @property
    def cprop(cls):
        return f"cprop {cls.__name__}"

    @classmethod
    def plain(cls):
        return cls.__name__


class Sub(CP):
    pass


print(CP.cprop, Sub.cprop, CP().cprop, Sub().cprop, CP.plain(), Sub.plain())


class Desc:
    def __get__(self, obj, owner=None):
        return ("desc", obj.__name__ if isinstance(obj, type) else obj, owner.__name__)


class UsesDesc:
    d = classmethod(Desc())
    s = classmethod(staticmethod(lambda: "inner static"))


print(UsesDesc.d, UsesDesc().d, UsesDesc.s())
print(classmethod(len).__get__(None, CP)([1, 2]) if False else type(classmethod(print).__get__(None, CP)).__name__)


class Base:
    @classmethod
    @property
    def kind(cls):
        return cls.__name__.lower()


class Child(Base):
    @classmethod
    @property
    def kind(cls):
        return "child of " + super().kind


print(Child.kind)
