# A generic alias shows classes outside builtins with their module.
import types


class Box:
    __class_getitem__ = classmethod(types.GenericAlias)


print(Box[int], Box[Box], list[Box], dict[str, Box[int]], tuple[Box, ...])
print(types.GenericAlias(Box, (int, str)), repr(list[int]))
