class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] = c[ch] + 1
print(c, c["z"], "z" in c)
class Defaulting(dict):
    def __missing__(self, key):
        value = self[key] = key * 2
        return value
dd = Defaulting()
print(dd["ab"], dd)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print(dict.__name__, type({}).__name__, isinstance(c, dict))
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested)
print(repr({}), repr({"q": "it's"}), str({1: [2, (3,)]}))
r = {}
r["self"] = r
print(r)
print({1: 2}.__contains__(1), {1: 2}.__getitem__(1), {1: 2}.__len__())
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
