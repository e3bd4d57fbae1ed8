data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bob", "tags": []}], "count": 2}
print(data)
print(data["users"][0]["tags"][-1], len(data["users"][1]["tags"]))
data["users"].append({"name": "cy", "tags": ("x",)})
print([u["name"] for u in data["users"]])
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
print([[grid[j][i] for j in range(3)] for i in range(3)] == grid)
tree = ("root", [("left", []), ("right", [("leaf", [])])])
def count(node):
    return 1 + sum(count(c) for c in node[1])
print(count(tree))
s = {(1, 2): {"set": {3, 4}}, "t": ((), [[]], {})}
print(s, len(s["t"]))
a = [1, 2]
b = [a, a]
b[0].append(3)
print(b)
print(str([None, True, 1.0, "s", b"b", (1,), {1: 2}, {3}, frozenset()]))
