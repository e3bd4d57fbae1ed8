import heapq
from collections import defaultdict, deque
from math import inf

EDGES = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1
"""

def build(text):
    graph = defaultdict(dict)
    for line in text.strip().splitlines():
        u, v, w = line.split()
        graph[u][v] = int(w)
        graph[v][u] = int(w)
    return graph

def dijkstra(graph, source):
    dist = {node: inf for node in graph}
    prev = dict.fromkeys(graph)
    dist[source] = 0
    pq = [(0, source)]
    visited = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in visited:
            continue
        visited.add(u)
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path_to(prev, target):
    path = deque()
    while target is not None:
        path.appendleft(target)
        target = prev[target]
    return list(path)

def bfs_components(graph):
    seen, comps = set(), []
    for start in sorted(graph):
        if start in seen:
            continue
        comp, q = [], deque([start])
        seen.add(start)
        while q:
            u = q.popleft()
            comp.append(u)
            for v in graph[u]:
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        comps.append(sorted(comp))
    return comps

g = build(EDGES)
dist, prev = dijkstra(g, "A")
print(f"{'node':<6}{'dist':>6}  path")
for node in sorted(dist):
    d = dist[node]
    p = " -> ".join(path_to(prev, node)) if d != inf else "unreachable"
    print(f"{node:<6}{d!s:>6}  {p}")
print(bfs_components(g))
print(heapq.nsmallest(3, dist.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [v for v in dist.values() if v < inf]))
h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(inf > 10**100, -inf < -1e308, inf - inf != inf - inf, float("inf") == inf, str(-inf))

# grid shortest path (AoC style)
GRID = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#E"]
R, C = len(GRID), len(GRID[0])
start = next((r, c) for r in range(R) for c in range(C) if GRID[r][c] == "S")
end = next((r, c) for r, row in enumerate(GRID) for c, ch in enumerate(row) if ch == "E")
q = deque([(start, 0)])
seen = {start}
while q:
    (r, c), d = q.popleft()
    if (r, c) == end:
        print("grid steps:", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and GRID[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
else:
    print("no path")
print(len(seen), max(seen), min(seen, key=lambda p: (p[1], -p[0])))
