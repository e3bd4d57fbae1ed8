d = {}
d[1] = "int"
d[1.0] = "float overwrites int"
d[True] = "bool overwrites too"
d[(1, 2)] = "tuple"
d[None] = "none"
d["1"] = "str"
d[frozenset({1})] = "frozenset"
d[b"1"] = "bytes"
d[2 ** 100] = "big"
d[-0.0] = "negative zero"
print(d)
print(d[0], d[1], d[(1, 2)], d[frozenset([1])])
try:
    d[[1, 2]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    {1, [2]}
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
nd = {nan: 1}
print(nd[nan], nan in nd, float("nan") in nd)
print({(1, "a"): 1, (1, "b"): 2}[(1, "b")])
print(len({1: 0, 1.0: 0, True: 0}))
