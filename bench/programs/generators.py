"""Generators, generator expressions and chained pipelines."""


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def windows(source, size):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def accumulate_sends():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


pipeline = sum(squares(evens(naturals(600000)))) % 1000000007
win = sum(w[0] * w[2] - w[1] for w in windows(naturals(250000), 3))
tree = [[i, [i + 1, [i + 2, i + 3]], i + 4] for i in range(50000)]
flat = sum(flatten(tree))
gen = accumulate_sends()
next(gen)
last = 0
for i in range(300000):
    last = gen.send(i % 17)
expr = sum(x for x in range(500000) if x % 5 == 1)
print("pipeline:", pipeline)
print("windows:", win)
print("flatten:", flat)
print("sends:", last)
print("genexpr:", expr)
