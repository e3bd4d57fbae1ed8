def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count if count else None
        total += value
        count += 1
def collect(results, key):
    results[key] = yield from averager()
results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10]), ("c", [])]:
    g = collect(results, key)
    next(g)
    for v in values:
        g.send(v)
    try:
        g.send(None)
    except StopIteration:
        pass
print(results)
def gen_with_return():
    yield 1
    return [1, 2]
g = gen_with_return()
print([x for x in g])
def outer():
    r = yield from gen_with_return()
    print("outer received", r)
print(list(outer()))
