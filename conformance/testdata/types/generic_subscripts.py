# Subscripting generic classes: builtins, their subclasses, module types;
# a union of equal aliases is one alias.
import collections, collections.abc, queue, re, os
for t in (collections.OrderedDict, collections.defaultdict, collections.Counter, collections.deque, collections.ChainMap,
          collections.UserDict, collections.UserList, queue.Queue, re.Pattern, os.PathLike, dict, list, type,
          collections.abc.Mapping, collections.abc.Callable):
    try:
        print(t[int] if t is not collections.abc.Callable else t[[int], str])
    except TypeError as e:
        print(t.__name__, "TypeError", e)
print(list[int] | list[int])
print(int | list[int] | int | list[int], dict[str, list[int]] | dict[str, list[int]])
class D(dict):
    pass
print(D[str, int], dict.__class_getitem__(int))
