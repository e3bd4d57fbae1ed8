# A base that is not a class is replaced by what its __mro_entries__
# returns, looked up on the object itself: a function may carry one.
class Base:
    def hello(self):
        return "hello from Base"


def factory():
    pass

factory.__mro_entries__ = lambda bases: (Base,)


class Child(factory):
    pass

print(Child.__mro__, Child.__orig_bases__ == (factory,), Child().hello())


class Maker:
    def __mro_entries__(self, bases):
        print("bases seen:", [getattr(b, "__name__", type(b).__name__) for b in bases])
        return (dict,)

class D(Maker(), Base):
    pass
print(D.__mro__)

# type() itself does not resolve __mro_entries__
for base in (factory, Maker()):
    try:
        type("X", (base,), {})
    except TypeError as e:
        print("TypeError", e)
import types
print(types.new_class("Y", (factory,)).__mro__)
