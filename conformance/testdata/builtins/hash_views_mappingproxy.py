# Which views and proxies are hashable: keys and items views and
# mappingproxy are not; a values view and a read-only memoryview are.
import types

d = {"a": 1}
for name, obj in [("keys", d.keys()), ("items", d.items()), ("values", d.values()),
                  ("mappingproxy", types.MappingProxyType(d)),
                  ("memoryview", memoryview(b"ab")), ("rw memoryview", memoryview(bytearray(b"ab")))]:
    try:
        hash(obj)
        print(name, "hashable")
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
print(type(d.keys()).__hash__, type(d.items()).__hash__, types.MappingProxyType.__hash__)
print(type(d.values()).__hash__ is object.__hash__, memoryview.__hash__ is None)
print(hash(memoryview(b"ab")) == hash(b"ab"))
