d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 0
print(list(d))
del d["zebra"]
d["zebra"] = 9
print(list(d.items()))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), list(reversed(d2)), list(reversed(d2.items())))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
m = {"x": 0}
m |= {"y": 1, "x": 2}
print(m)
m |= [("z", 5)]
print(m)
print({**{"a": 1}, "b": 2, **{"a": 3}})
keys = {}
for i in range(20):
    keys[i * 7 % 20] = i
print(list(keys)[:10])
for i in range(0, 20, 2):
    del keys[i]
print(list(keys))
print(dict(sorted({"b": 1, "a": 2}.items())))
print({k: v for k, v in [("q", 1), ("p", 2), ("q", 3)]})
