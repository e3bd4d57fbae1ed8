# The repr of a generic alias names classes by module and qualified name,
# leaving out the module for builtins.
import collections
import collections.abc as cabc
import types


class A:
    class Inner:
        pass


class Box:
    __class_getitem__ = classmethod(types.GenericAlias)


print(list[A], list[A.Inner], dict[str, list[int]])
print(Box[int], Box[A], types.GenericAlias(A, (int, str)))
print(cabc.Iterable[int], cabc.Callable[[int], str], type[int])
print(tuple[int, ...], list[None], list[type(None)], collections.deque[int])
