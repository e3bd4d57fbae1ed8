# defaultdict: factories, __missing__, repr, copies, merging, errors.
from collections import defaultdict as DD
import copy


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


d = DD(list, a=[1])
print(d, repr(DD()), DD(int, {"x": 1}), DD(None, [("a", 1)]), d.default_factory, DD().default_factory)
attempt(lambda: DD(1))
attempt(lambda: DD(list, 1))
attempt(lambda: DD(list, {}, {}))
print(DD(default_factory=list))
print(d.copy(), type(d.copy()).__name__, d.__copy__(), copy.copy(d), copy.deepcopy(d)["a"] is d["a"])
red = d.__reduce__()
print(red[0].__name__, red[1], red[2], red[3], list(red[4]), DD().__reduce__()[1])
print(d | {"b": 2}, {"b": 2} | d, type({"b": 2} | d).__name__, (d | {}).default_factory)
x = DD(int)
x |= {"q": 1}
print(x)
print(x.__missing__("m"), x)
y = DD()
attempt(lambda: y.__missing__("k"))
attempt(lambda: y["k"])
print(y.get("k"), "k" in y, y.pop("k", None), y.setdefault("s", 1), y)
r = DD(list)
r["me"] = r
print(r)


class Factory:
    def __repr__(self):
        return "Factory!"

    def __call__(self):
        return "made"


f = DD(Factory())
print(f, f["k"], f)
d.default_factory = int
print(d["new"], d)
d.default_factory = None
attempt(lambda: d["other"])
bad = DD(list)
bad.default_factory = 5
attempt(lambda: bad["z"])


class Sub(DD):
    pass


print(Sub(int), Sub(int).copy(), type(Sub(int).copy()).__name__, Sub(list, a=[1]))
print(DD[int, str], isinstance(d, dict), d == {"a": [1], "new": 0}, {"a": [1], "new": 0} == d)

# common uses
groups = DD(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(dict(groups), sorted(groups))
counts = DD(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
tree = lambda: DD(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], len(t["a"]), "x" in t, list(t["a"].keys()))
sets = DD(set)
sets["k"].add(1)
sets["k"].add(1)
print(sets)
lam = DD(lambda: "dflt")
print(lam["q"], dict(lam))


# Like CPython's C type, a defaultdict has no __dict__, so it takes no new
# attributes; a subclass without __slots__ has one.
plain = DD(list)
try:
    plain.extra = 1
except AttributeError:
    print("defaultdict refuses new attributes")
print(hasattr(plain, "__dict__"))


class Tagged(DD):
    pass


tagged = Tagged(int)
tagged.label = "x"
print(tagged.label, tagged["n"], hasattr(tagged, "__dict__"), vars(tagged))
