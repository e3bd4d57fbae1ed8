# Generator pipelines: lazy stages, send(), early exit and cleanup.
LOG = """\
2024-01-01 10:00:01 INFO start server port=8080
2024-01-01 10:00:02 DEBUG cache warm
2024-01-01 10:00:05 ERROR db timeout after=30s
2024-01-01 10:01:00 INFO request path=/home status=200
2024-01-01 10:01:01 WARN slow request path=/search status=200 ms=950
2024-01-01 10:01:02 ERROR request path=/pay status=500

2024-01-01 10:02:00 INFO stop
"""
trace = []

def read_lines(text):
    for line in text.splitlines():
        trace.append("read")
        yield line

def non_empty(lines):
    return (l for l in lines if l.strip())

def parse(lines):
    for line in lines:
        date, time, level, *rest = line.split()
        fields = dict(p.split("=", 1) for p in rest if "=" in p)
        words = [p for p in rest if "=" not in p]
        yield {"time": time, "level": level, "msg": " ".join(words), **fields}

def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

records = list(parse(non_empty(read_lines(LOG))))
print(len(records), [r["level"] for r in records])
for r in where(records, level="ERROR"):
    print(r["time"], r["msg"], r.get("status", "-"))
trace.clear()
first = list(take(2, parse(non_empty(read_lines(LOG)))))
print([r["msg"] for r in first], len(trace))

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
    return count

avg = running_average()
next(avg)
print([avg.send(v) for v in (10, 20, 60, 10)])
try:
    avg.send(None)
except StopIteration as e:
    print("finished after", e.value)

def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunked(range(7), 3)), list(chunked([], 2)))

def windowed(it, n):
    it = iter(it)
    win = []
    for x in it:
        win.append(x)
        if len(win) > n:
            win.pop(0)
        if len(win) == n:
            yield tuple(win)

print(list(windowed("abcde", 3)))
def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        log.append(f"close {name}")
log = []
for item in resource("r", log):
    log.append(item)
    if item == "r1":
        break
print(log)
gen = resource("g", log)
print(next(gen), gen.close(), log[-1])
squares = (x * x for x in range(10))
evens = (s for s in squares if s % 2 == 0)
print(sum(evens), list(squares), next(iter(range(3)).__iter__()))
print(list(zip(*[iter(range(9))] * 3)), [x for x in map(str.upper, "ab")])
