# ChainMap: lookups, writes to maps[0], new_child/parents, merging, errors.
from collections import ChainMap as CM, defaultdict


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = CM(a, b)
print(c, list(c), list(c.items()), list(c.values()), len(c), c.maps, CM(), CM().maps, CM({}))
print(c["y"], c["z"], c.get("z"), c.get("q"), c.get("q", 0), "z" in c, "q" in c)
attempt(lambda: c["nope"])
attempt(lambda: c.pop("z"))
print(c.pop("z", 0), c.pop("x"), a)
print(c.popitem(), a)
attempt(lambda: c.popitem())
attempt(lambda: CM({}, {"q": 1}).popitem())
c2 = CM({"k": 1}, {"m": 2})
del c2["k"]
attempt(lambda: c2.__delitem__("m"))
attempt(lambda: c2.__delitem__("zz"))
c2["n"] = 5
c2.clear()
print(c2, c2.maps)

c3 = CM({"a": 1}, {"b": 2})
print(c3.new_child(), c3.new_child({"c": 3}), c3.new_child(m=None), c3.new_child(x=5), c3.parents, CM({"a": 1}).parents)
print(c3.new_child({"q": 1}, z=2))
print(bool(CM()), bool(CM({}, {"a": 1})), bool(CM({})))
cp = c3.copy()
print(cp, type(cp.maps[0]).__name__, cp.maps[0] is c3.maps[0], cp.maps[1] is c3.maps[1], c3.__copy__())
print(CM.fromkeys("ab", 1), CM.fromkeys("ab"))
print(c3 | {"z": 1}, {"z": 1} | c3, type({"z": 1} | c3).__name__, c3)
c3 |= {"w": 0}
print(c3)
attempt(lambda: c3 | 1)
attempt(lambda: 1 | c3)

r = CM()
r.maps[0]["me"] = r
print(r)


class Missing(dict):
    def __missing__(self, k):
        return "miss-" + k


print(CM(Missing())["q"], CM({}, Missing())["q"], CM(Missing(), {"q": 1})["q"], CM(defaultdict(int))["k"])


class Zero(CM):
    def __missing__(self, k):
        return 0


print(Zero()["q"], Zero({"a": 1})["a"], type(Zero().new_child()).__name__, type(Zero({}, {}).parents).__name__)
print(list(CM({"b": 1}, {"a": 2, "b": 3})), CM({"b": 1}, {"a": 2, "b": 3}) == {"a": 2, "b": 1})
attempt(lambda: CM(1)["a"])
attempt(lambda: reversed(CM()))

# scoped variable lookup, the classic use
builtins_ = {"len": "builtin len", "print": "builtin print"}
globals_ = {"x": "global x"}
scope = CM({}, globals_, builtins_)
inner = scope.new_child({"x": "local x"})
print(inner["x"], inner["len"], inner.parents["x"], len(inner), sorted(inner))
inner["y"] = 1
print(inner.maps[0], globals_)
