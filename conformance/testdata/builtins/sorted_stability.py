"""sorted and list.sort: stable, with keys and reverse, on runs, reversed runs and duplicates."""

seed = 5


def randrange(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


for n in (0, 1, 2, 3, 31, 32, 33, 64, 65, 100, 1000, 5000):
    for kind in ("rand", "sorted", "rev", "dups", "saw"):
        if kind == "rand":
            xs = [randrange(1000) for _ in range(n)]
        elif kind == "sorted":
            xs = list(range(n))
        elif kind == "rev":
            xs = list(range(n, 0, -1))
        elif kind == "dups":
            xs = [randrange(5) for _ in range(n)]
        else:
            xs = [i % 37 for i in range(n)]
        pairs = [(x, i) for i, x in enumerate(xs)]
        a = sorted(pairs, key=lambda p: p[0])
        b = sorted(pairs, key=lambda p: p[0], reverse=True)
        c = sorted(xs)
        d = sorted(pairs)
        e = sorted([str(x) for x in xs])
        f = sorted([float(x) / 3 for x in xs], reverse=True)
        print(n, kind, hash(tuple(a)) == hash(tuple(sorted(pairs, key=lambda p: (p[0], p[1])))), a[:3], b[:3], c[-3:], d[:2], e[:3], f[:2])
print(sorted(["b", "a", "é", "z", "ab", ""]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K%d" % self.v
print(sorted([K(3), K(1), K(2), K(1)]))
try:
    sorted([1, "a", 2])
except TypeError as ex:
    print("TypeError", ex)
