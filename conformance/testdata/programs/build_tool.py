"""A small build tool: parses options with getopt, orders tasks with graphlib,
times them with timeit and picks colours with colorsys."""
import getopt
import graphlib
import timeit
import colorsys
import secrets
import sys

ARGV = ["-v", "--jobs=4", "-o", "out.txt", "--dry", "build", "test", "-x"]

def parse(argv):
    try:
        opts, rest = getopt.getopt(argv, "vo:x", ["jobs=", "dry-run", "help"])
    except getopt.GetoptError as e:
        print("getopt error:", e, repr(e.opt))
        raise SystemExit(2)
    return opts, rest

opts, rest = parse(ARGV)
print(opts, rest)
print(getopt.gnu_getopt(ARGV, "vo:x", ["jobs=", "dry-run"]))
for bad in (["-q"], ["--jobs"], ["--dry-run=1"], ["--j"]):
    try:
        getopt.getopt(bad, "v", ["jobs=", "jolly"])
    except getopt.GetoptError as e:
        print(f"{bad!s:<16} -> {e.msg} [{e.opt}]")

TASKS = {
    "link": {"compile", "assets"},
    "compile": {"configure", "fetch"},
    "assets": {"fetch"},
    "test": {"link"},
    "package": {"link", "docs"},
    "docs": {"configure"},
    "configure": set(),
    "fetch": set(),
}
ts = graphlib.TopologicalSorter({k: sorted(v) for k, v in TASKS.items()})
ts.prepare()
wave = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    wave += 1
    print(f"wave {wave}: {', '.join(ready)}")
    ts.done(*ready)
order = list(graphlib.TopologicalSorter({"b": ["a"], "c": ["b"], "a": []}).static_order())
print(order)
try:
    list(graphlib.TopologicalSorter({"x": ["y"], "y": ["z"], "z": ["x"]}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], len(e.args[1]))

t = timeit.Timer("sum(range(100))")
n = 200
elapsed = t.timeit(number=n)
print(elapsed >= 0, type(elapsed).__name__)
runs = timeit.repeat(lambda: sorted([3, 1, 2]), repeat=3, number=50)
print(len(runs), all(r >= 0 for r in runs))
print(timeit.timeit("x = y * 2", setup="y = 21", number=10) >= 0)
shared = {"data": list(range(10))}
print(timeit.timeit("data.reverse()", globals=shared, number=3) >= 0, shared["data"][:3])

for hue in range(0, 360, 60):
    r, g, b = colorsys.hsv_to_rgb(hue / 360, 0.8, 0.9)
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    print(f"{hue:3d}° #{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02X} hls=({h:.3f}, {l:.3f}, {s:.3f})")
print(tuple(round(x, 6) for x in colorsys.rgb_to_yiq(1.0, 0.5, 0.25)), colorsys.rgb_to_hsv(0.2, 0.4, 0.4))
tok = secrets.token_hex(8)
print(len(tok), all(c in "0123456789abcdef" for c in tok), len(secrets.token_bytes(5)), 0 <= secrets.randbelow(10) < 10)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.choice("z") == "z", len(secrets.token_urlsafe(6)))
if "--help" in sys.argv:
    print("usage")
parse(["--nope"])
print("unreachable")
