from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], "z" in dd, len(dd))
cnt = defaultdict(int)
for ch in "hello":
    cnt[ch] += 1
print(sorted(cnt.items()), cnt.default_factory)
plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError", e)
print(plain, isinstance(dd, dict), dd.copy(), type(dd.copy()).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od.keys()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, OrderedDict(), x | {"c": 3})
print(list(reversed(x)), OrderedDict.fromkeys("ab", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

base = {"color": "red", "size": 1}
over = {"color": "blue"}
cm = ChainMap(over, base)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.get("nope", 0))
cm["new"] = 5
print(over, cm.maps[0] is over)
child = cm.new_child({"size": 9})
print(child["size"], child.parents["size"], child)
del cm["new"]
try:
    del cm["size"]
except KeyError as e:
    print("KeyError", e)
print(dict(cm), "size" in cm, ChainMap())
