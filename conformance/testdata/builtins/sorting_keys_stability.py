# Sorting with keys, reverse, stability, multi-key sorts and custom ordering.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 25, "nyc"),
          ("eve", 40, "sf"), ("fay", 31, "sf"), ("gus", 25, "la")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
by_city = sorted(people, key=lambda p: p[0], reverse=True)
by_city.sort(key=lambda p: p[2])
print([p[0] for p in by_city])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.casefold, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, n)), min(nums, key=abs), max(nums, key=abs))
class Version:
    def __init__(self, s):
        self.s = s
        self.parts = tuple(int(x) for x in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s
versions = [Version(v) for v in ["1.10.0", "1.2.0", "1.2.10", "0.9", "1.2.9", "1.10"]]
print(sorted(versions), max(versions), min(versions))
def cmp_to_key(cmp):
    class K:
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0
    return K
def by_parity_then_desc(a, b):
    if a % 2 != b % 2:
        return -1 if a % 2 == 0 else 1
    return b - a
print(sorted(range(10), key=cmp_to_key(by_parity_then_desc)))
records = [{"n": "x", "score": 3}, {"n": "y", "score": 1}, {"n": "z", "score": 3}, {"n": "w", "score": 2}]
ranked = sorted(records, key=lambda r: r["score"], reverse=True)
print([r["n"] for r in ranked])
groups = {}
for name, age, city in sorted(people, key=lambda p: p[2]):
    groups.setdefault(city, []).append(name)
print(groups)
pairs = list(zip("abcabc", [3, 1, 2, 3, 1, 2]))
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs))
lst = [5, 2, 8]
print(lst.sort(), lst, sorted("hello"), sorted({3: "a", 1: "b"}), sorted((1.5, 1, True, 0.5)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1], []]), list(reversed(sorted("bca"))))
