d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 2 in v)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(it & {("a", 1), ("b", 0)}, k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
print(v == v, d.values() == d.values())
print(sorted(d.items(), key=lambda kv: -kv[1]))
print(list(k.mapping.items())[:2])
