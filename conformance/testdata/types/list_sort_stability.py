people = [("ann", "dev", 3), ("bob", "ops", 1), ("cy", "dev", 1), ("di", "ops", 3), ("ed", "dev", 2)]
by_team = sorted(people, key=lambda p: p[1])
print(by_team)
by_level_then_team = sorted(by_team, key=lambda p: p[2])
print(by_level_then_team)
print(sorted(people, key=lambda p: (p[1], -p[2])))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
data = [3, 1, 2]
data.sort(key=lambda x: 0)
print(data)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"I{self.v}"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(9)]), min([Item(3), Item(9)]))
mixed = [[2, "b"], [1, "z"], [2, "a"]]
mixed.sort()
print(mixed)
