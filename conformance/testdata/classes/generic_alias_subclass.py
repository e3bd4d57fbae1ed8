# types.GenericAlias can be subclassed; instances keep the alias's
# __origin__, __args__, repr and call.
import types


class Alias(types.GenericAlias):
    pass


class Tagged(types.GenericAlias):
    def __new__(cls, origin, args):
        self = super().__new__(cls, origin, args)
        return self

    def __repr__(self):
        return "Tagged:" + super().__repr__()


a = Alias(list, (int,))
print(type(a).__name__, a, a.__origin__, a.__args__, a("ab"), isinstance(a, types.GenericAlias))
t = Tagged(dict, (str, int))
print(type(t).__name__, repr(t), t.__origin__, t.__args__, t(x=1), type(t).__mro__)
print(Alias(tuple, int).__args__, isinstance(list[int], Alias))
