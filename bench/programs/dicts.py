"""Building dicts, looking keys up, updating counters and iterating items."""


def word_counts(n):
    counts = {}
    for i in range(n):
        key = "w" + str(i % 5003)
        counts[key] = counts.get(key, 0) + 1
    return counts


def int_keys(n):
    table = {}
    for i in range(n):
        table[i * 7 % 100003] = i
    hits = 0
    for i in range(n):
        if i in table:
            hits += table[i] & 1
    return hits


def nested(n):
    groups = {}
    for i in range(n):
        g = groups.setdefault(i % 97, {})
        g[i % 13] = g.get(i % 13, 0) + i
    total = 0
    for name, inner in sorted(groups.items()):
        for k, v in inner.items():
            total += (name + 1) * k + v % 1000
    return total


def merge_and_delete(n):
    a = {i: i * i for i in range(n)}
    b = {i: -i for i in range(n // 2, n + n // 2)}
    merged = dict(a)
    merged.update(b)
    for k in list(merged):
        if k % 3 == 0:
            del merged[k]
    return len(merged), sum(merged.values()) % 1000003


c = word_counts(600000)
print("distinct words:", len(c), "max:", max(c.values()), "w42:", c["w42"])
print("int key hits:", int_keys(350000))
print("nested:", nested(350000))
print("merge:", merge_and_delete(150000))
