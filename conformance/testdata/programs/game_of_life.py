"""Conway's Game of Life on a set of complex coordinates, plus AoC-style
grid helpers, custom __format__ and sequence protocols."""
from collections import Counter
import itertools

GLIDER = """
.#.
..#
###
"""

def parse(text):
    return {complex(x, y) for y, row in enumerate(text.strip().splitlines())
            for x, ch in enumerate(row) if ch == "#"}

NEIGHBOURS = [complex(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]

def step(live):
    counts = Counter(c + d for c in live for d in NEIGHBOURS)
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}

def bounds(cells):
    xs = [int(c.real) for c in cells]
    ys = [int(c.imag) for c in cells]
    return min(xs), max(xs), min(ys), max(ys)

def render(cells):
    x0, x1, y0, y1 = bounds(cells)
    return "\n".join("".join("#" if complex(x, y) in cells else "." for x in range(x0, x1 + 1))
                     for y in range(y0, y1 + 1))

class Board:
    def __init__(self, cells):
        self.cells = frozenset(cells)
        self.generation = 0
    def __iter__(self):
        return iter(sorted(self.cells, key=lambda c: (c.imag, c.real)))
    def __len__(self):
        return len(self.cells)
    def __contains__(self, pos):
        return complex(*pos) in self.cells
    def __format__(self, spec):
        if spec == "grid":
            return render(self.cells)
        if spec.startswith("summary"):
            width = int(spec[7:] or 0)
            return f"gen {self.generation}: {len(self)} cells".center(width, "~")
        return format(str(self), spec)
    def __str__(self):
        return f"Board<{len(self)}>"
    def __next__(self):
        self.cells = frozenset(step(self.cells))
        self.generation += 1
        return self
    def __getitem__(self, gen):
        if isinstance(gen, slice):
            return [self[g] for g in range(*gen.indices(100))]
        b = Board(self.cells)
        for _ in range(gen):
            next(b)
        return len(b)
    def __bool__(self):
        return bool(self.cells)

b = Board(parse(GLIDER))
print(f"{b:grid}\n{b:summary30}|\n{b:>12}|{b!s:<12}|{b!r:.9}")
for _ in range(4):
    next(b)
print(f"{b:grid}", f"{b:summary}", sep="\n")
print((1, 2) in b, (0, 0) in b, [c for c in b][:2], b[8], b[0:6:2], bool(Board([])))
blinker = parse("###")
states = [render(s) for s in itertools.islice(iter(lambda s=[blinker]: s.__setitem__(0, step(s[0])) or s[0], None), 3)]
print(states)
z = 3 + 4j
print(abs(z), z.conjugate(), z * 1j, z.real, z.imag, complex("1-2j"), f"{z:.2f}", f"{z:>12}", z == complex(3, 4), hash(1 + 0j) == hash(1))
print(format(1234567.891, ","), format(0.256, ".1%"), format(42, "=+8"), format(-42, "08d"), format(3.5, "^9.2f"), format(255, "#010b"), format("x", "*^5"), format(1e-5, "f"), format(123, "c"), format(12345.6789, "_.2f"))
print("{:>{w}.{p}f}|{:<{w}}|".format(3.14159, "ab", w=8, p=2), f"{'nested':{'>'}{10}}", "{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 5j))
print(int("1_000"), float("1_0.5"), f"{10**20:,}", f"{-1234.5:,.1f}", f"{0.1 + 0.2!r}", f"{1/7:.20f}", f"{2**64:x}", f"{12.0:g}", f"{1e22:g}", f"{123456789:e}")
grid = ["#..#", ".##.", "#..#"]
transposed = ["".join(col) for col in zip(*grid)]
rotated = ["".join(reversed(col)) for col in zip(*grid)]
print(transposed, rotated, sum(row.count("#") for row in grid))
print(max(range(10), key=lambda n: (n % 3, -n)), sorted([(1, "b"), (1, "a"), (0, "z")]), list(map(sum, zip(*[[1, 2], [3, 4], [5, 6]]))))
