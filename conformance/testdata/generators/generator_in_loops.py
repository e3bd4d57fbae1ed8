def pairs(items):
    it = iter(items)
    for a in it:
        b = next(it, None)
        yield a, b
print(list(pairs([1, 2, 3, 4, 5])))
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windows("abcde", 3)))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total([1, 2, 3, 4])))
def unique(items):
    seen = set()
    for x in items:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1])))
def grouped(items, key):
    group, current = [], object()
    for x in items:
        k = key(x)
        if group and k != current:
            yield current, group
            group = []
        current = k
        group.append(x)
    if group:
        yield current, group
print(list(grouped(["apple", "avocado", "banana", "cherry", "cranberry"], lambda w: w[0])))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(x) for x in gens])
