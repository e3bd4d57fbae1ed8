"""Classic backtracking sudoku solver with constraint propagation."""
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    grid = [[0 if ch == '.' else int(ch) for ch in row] for row in rows]
    assert all(len(r) == 9 for r in grid), "bad row"
    return grid

def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

def find_empty(grid):
    best = None
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    return best

steps = 0
def solve(grid):
    global steps
    spot = find_empty(grid)
    if spot is None:
        return True
    r, c, cands = spot
    for d in cands:
        steps += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False

def show(grid):
    lines = []
    for i, row in enumerate(grid):
        if i and i % 3 == 0:
            lines.append("------+-------+------")
        chunks = [" ".join(map(str, row[j:j+3])) for j in range(0, 9, 3)]
        lines.append(" | ".join(chunks))
    return "\n".join(lines)

g = parse(PUZZLE)
print(show(g))
print()
ok = solve(g)
print("solved:", ok, "steps:", steps)
print(show(g))
for row in g:
    assert sorted(row) == list(range(1, 10))
cols = list(zip(*g))
print(all(len(set(c)) == 9 for c in cols), sum(map(sum, g)))
print(f"{'checksum':>12}: {hash(tuple(map(tuple, g))) == hash(tuple(tuple(r) for r in g))}")
