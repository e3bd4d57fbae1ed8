import collections
import types

od = collections.OrderedDict([("b", 1), ("a", 2)])
mp = types.MappingProxyType(od)
print(mp, repr(mp), list(mp), mp["a"], len(mp), "b" in mp)
od["c"] = 3
print(mp, dict(mp))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
