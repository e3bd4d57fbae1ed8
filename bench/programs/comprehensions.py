"""List, dict and set comprehensions, and sorting with keys."""


def make_records(n):
    seed = 12345
    records = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        records.append((seed % 1000, "name%d" % (seed % 977), i))
    return records


def comprehension_work(records):
    squares = [r[0] * r[0] for r in records if r[0] % 3]
    names = {r[1] for r in records}
    by_name = {r[1]: r[2] for r in records}
    pairs = [(a, b) for a in range(60) for b in range(a) if (a + b) % 7 == 0]
    nested = [[x * y for x in range(20)] for y in range(20)]
    return (sum(squares) % 1000007, len(names), len(by_name),
            len(pairs), sum(sum(row) for row in nested))


def sort_work(records):
    by_score = sorted(records, key=lambda r: (r[0], r[2]))
    by_name = sorted(records, key=lambda r: r[1], reverse=True)
    plain = sorted(r[0] for r in records)
    copy = list(records)
    copy.sort()
    words = sorted([r[1] for r in records[:20000]], key=len)
    return (by_score[0], by_score[-1], by_name[0][1], plain[len(plain) // 2],
            copy[100], words[-1])


records = make_records(150000)
print("comprehensions:", comprehension_work(records))
print("sorts:", sort_work(records))
