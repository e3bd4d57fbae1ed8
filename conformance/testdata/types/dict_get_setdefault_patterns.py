inventory = {}
for item, qty in [("apple", 3), ("pear", 2), ("apple", 5), ("fig", 0)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory)
index = {}
for i, word in enumerate("to be or not to be".split()):
    index.setdefault(word, []).append(i)
print(index)
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(80), len(cache))
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
print({k: v for k, v in inventory.items() if v}, inventory.pop("fig"), inventory)
nested = {}
nested.setdefault("x", {}).setdefault("y", 0)
nested["x"]["y"] += 1
print(nested)
