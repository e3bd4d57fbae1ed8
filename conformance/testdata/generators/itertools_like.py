def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice_manual(it, n):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
def repeat(x, times):
    for _ in range(times):
        yield x
def product(a, b):
    for x in a:
        for y in b:
            yield x, y
def chain(*its):
    for it in its:
        yield from it
print(list(islice_manual(count(10, 5), 4)))
print(list(accumulate([1, 2, 3, 4])), list(repeat("ab", 3)))
print(list(product("ab", [1, 2])), list(chain([1], (2,), "3")))
print(list(islice_manual([1, 2], 10)))
import itertools
print(list(itertools.islice(count(), 3)), list(itertools.permutations("abc", 2))[:3])
