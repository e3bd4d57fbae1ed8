import itertools
from itertools import count, cycle, repeat, islice

c = count(5)
print(next(c), next(c), c)
print(list(islice(count(1, 0.5), 4)), count(2, 3), count(1.5))
print(list(islice(cycle("abc"), 7)))
print(list(cycle([])))
r = repeat("x", 3)
print(r, list(r), r)
print(repeat(7), list(islice(repeat(7), 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(repeat(1, -2)))
print(type(c), type(r).__name__)
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)))
print(list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for bad in [(-1,), (1, -1), (0, 5, 0)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print("ValueError", e)
