import itertools
import contextlib
from collections import deque

LOG = """2024-03-01 10:00:01 INFO  server started port=8080
2024-03-01 10:00:05 WARN  slow request path=/api/users ms=1530
2024-03-01 10:01:10 ERROR db timeout table=orders
2024-03-01 10:02:00 INFO  request path=/ ms=12
# comment line
2024-03-01 10:02:30 ERROR db timeout table=users
2024-03-01 10:03:00 INFO  request path=/api/users ms=88

2024-03-01 10:04:00 WARN  disk usage pct=91
"""

def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line

def skip_noise(lines):
    for n, line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            yield n, line

def parse(lines):
    for n, line in lines:
        day, clock, level, *rest = line.split()
        fields = dict(kv.split("=", 1) for kv in rest if "=" in kv)
        msg = " ".join(w for w in rest if "=" not in w)
        yield {"line": n, "time": clock, "level": level, "msg": msg, **fields}

def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count, avg

def window(iterable, n):
    it = iter(iterable)
    win = deque(itertools.islice(it, n), maxlen=n)
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win.append(x)
        yield tuple(win)

def delegate(gen):
    result = yield from gen
    print("  delegate got", result)
    return result

records = list(parse(skip_noise(read_lines(LOG))))
print(len(records), records[1])
levels = {}
for r in records:
    levels.setdefault(r["level"], []).append(r["line"])
print(levels)
avg = delegate(running_average())
next(avg)
for r in records:
    if "ms" in r:
        print(f"  line {r['line']:>2}: ms={r['ms']:>5} avg={avg.send(int(r['ms'])):8.2f}")
try:
    avg.send(None)
except StopIteration as stop:
    print("finished:", stop.value)
print(list(window(range(6), 3)), list(window([1], 3)))
evens = (x for x in itertools.count() if x % 2 == 0)
print(list(itertools.takewhile(lambda x: x < 10, evens)), next(evens))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2, 5])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.chain([1], (2, 3), "ab")), list(itertools.repeat("x", 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdddd")], list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.pairwise("abcd")), list(itertools.zip_longest([1, 2, 3], "ab")), list(itertools.cycle("xy"))[:0] if False else list(itertools.islice(itertools.cycle("xy"), 5)))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), sum(1 for _ in itertools.combinations_with_replacement(range(4), 2)))

def gen_with_cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  cleanup on close")
        raise
    finally:
        print("  finally ran")

g = gen_with_cleanup()
print(next(g))
g.close()
def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"handled {e}"
t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))

@contextlib.contextmanager
def section(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  suppressed KeyError {e}")
    finally:
        print(f"</{name}>")

with section("a") as tag, section("b"):
    print("  inside", tag)
with section("c"):
    {}["missing"]
with contextlib.suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(section(n)) for n in "xy"]
    stack.callback(print, "callback ran")
    print(" ", names)
squares = {n: n * n for n in range(5)}
print(squares, {v for v in squares.values() if v % 2}, [*squares][::-1], {**squares, 0: "zero"}[0])
print(sum(x * y for x, y in zip(range(10), range(10, 0, -1))), list(map(lambda p: p[0] + p[1], zip("ab", "cd"))))
print(list(reversed(range(3))), sorted("banana", reverse=True), list(enumerate("ab", start=5)), divmod(-7, 2), -7 // 2, -7 % 2)
