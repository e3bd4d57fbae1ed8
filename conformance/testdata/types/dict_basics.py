d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, 1 in d)
d["one"] = 100
print(d)
del d["two"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("one"), d.get("nope"), d.get("nope", "dflt"))
print(d.pop("one"), d.pop("nope", "gone"), d)
print(d.setdefault("x", []), d.setdefault("three", 0), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d)
print(d.popitem(), d)
e = dict.fromkeys("abc", 0)
print(e, dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0), dict(zip("ab", [1, 2])))
c = e.copy()
c["a"] = 99
print(e, c)
c.clear()
print(c, bool(c), bool(e))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} != {1: 2})
