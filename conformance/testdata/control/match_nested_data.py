# match statements over nested data: events, shapes, commands and trees.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

def describe(event):
    match event:
        case {"type": "click", "pos": {"x": int(x), "y": int(y)}} if x < 0 or y < 0:
            return f"click off-screen at {x},{y}"
        case {"type": "click", "pos": {"x": x, "y": y}, **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": ("ctrl" | "alt") as mod, "with": [*keys]}:
            return f"chord {mod}+{'+'.join(keys)}"
        case {"type": "batch", "events": [first, *others]}:
            return f"batch of {1 + len(others)} starting with [{describe(first)}]"
        case {"type": t}:
            return f"unknown event type {t}"
        case _:
            return "not an event"

events = [
    {"type": "click", "pos": {"x": 3, "y": 4}},
    {"type": "click", "pos": {"x": -1, "y": 4}, "button": 2},
    {"type": "click", "pos": {"x": 1.5, "y": 2}, "button": 1, "mods": []},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "ctrl", "with": ["c", "v"]},
    {"type": "batch", "events": [{"type": "key", "key": "z"}, {}, {}]},
    {"type": "scroll"},
    ["not", "a", "dict"],
]
for e in events:
    print(describe(e))

def area(shape):
    match shape:
        case Circle(Point(x=0, y=0), r):
            return f"centered circle {3.14159 * r * r:.2f}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle(_, r):
            return f"circle r={r}"
        case [Point() as a, Point() as b]:
            return f"segment {a.x},{a.y}-{b.x},{b.y}"
        case Point(x, y) | (x, y):
            return f"point {x},{y}"
        case _:
            return "unknown"

for s in [Circle(Point(0, 0), 2), Circle(Point(1, 2), 11), Circle(Point(5, 5), 1), Point(7, 8), (1, 2),
          [Point(0, 0), Point(1, 1)], "str"]:
    print(area(s))

def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, else_):
            return evaluate(then if evaluate(cond, env) else else_, env)
        case _:
            raise ValueError(f"bad expression {expr!r}")

prog = ("let", "x", ("+", 2, 3), ("if", ("-", "x", 5), ("*", "x", 10), ("neg", ("/", "x", 2))))
print(evaluate(prog, {}), evaluate(("*", "y", ("+", 1, 1)), {"y": 21}))
try:
    evaluate(("pow", 2, 3), {})
except ValueError as e:
    print("ValueError:", e)

def command(line):
    match line.split():
        case []:
            return "empty"
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["get", item, *rest] if not rest:
            return f"getting {item}"
        case ["get", *items]:
            return f"getting {len(items)} things"
        case [verb, *_]:
            return f"unknown verb {verb}"

for line in ["", "go north", "go west", "get lamp", "get a b c"]:
    print(repr(line), "->", command(line))
match 42, "x", None:
    case (int(n), str(), None) if n > 40:
        print("tuple matched", n)
match {"k": [1, (2, 3)]}:
    case {"k": [1, (2, y)]}:
        print("deep y =", y)
