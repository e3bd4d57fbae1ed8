# Walkers over nested data: flatten, depth, paths, transform, and a tree class.
import sys

def flatten(obj):
    if isinstance(obj, dict):
        for v in obj.values():
            yield from flatten(v)
    elif isinstance(obj, (list, tuple, set)):
        for v in (sorted(obj) if isinstance(obj, set) else obj):
            yield from flatten(v)
    else:
        yield obj

def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, (list, tuple)):
        return 1 + max(map(depth, obj), default=0)
    return 0

def paths(obj, prefix=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from paths(v, prefix + (i,))
    else:
        yield prefix, obj

def transform(obj, fn):
    match obj:
        case dict():
            return {k: transform(v, fn) for k, v in obj.items()}
        case list() | tuple():
            return type(obj)(transform(v, fn) for v in obj)
        case _:
            return fn(obj)

class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def walk(self, order="pre"):
        if order == "pre":
            yield self.value
        for c in self.children:
            yield from c.walk(order)
        if order == "post":
            yield self.value

    def height(self):
        return 1 + max((c.height() for c in self.children), default=0)

    def find_path(self, target):
        if self.value == target:
            return [self.value]
        for c in self.children:
            p = c.find_path(target)
            if p:
                return [self.value] + p
        return None

    def __repr__(self):
        if not self.children:
            return f"Node({self.value!r})"
        return f"Node({self.value!r}, {', '.join(map(repr, self.children))})"

data = {"a": 1, "b": [2, 3, {"c": 4, "d": (5, [6])}], "e": {"f": {"g": {7, 8}}}, "h": []}
print(list(flatten(data)))
print(depth(data), depth([]), depth(1))
for p, v in paths({"x": [10, {"y": 20}], "z": 30}):
    print(".".join(map(str, p)), "=", v)
print(transform(data, lambda x: x * 10 if isinstance(x, int) else x))
tree = Node("root", Node("a", Node("a1"), Node("a2", Node("a2x"))), Node("b"), Node("c", Node("c1")))
print(list(tree.walk()), list(tree.walk("post")))
print(tree.height(), tree.find_path("a2x"), tree.find_path("zzz"))
print(tree)
def nest(n):
    return [] if n == 0 else [nest(n - 1)]
print(depth(nest(200)))
deep = nest(50)
cyc = [1]
cyc.append(cyc)
print(repr(cyc), sys.getrecursionlimit() >= 1000)
d = {}
d["self"] = d
print(d)
