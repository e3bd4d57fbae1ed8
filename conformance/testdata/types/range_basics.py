r = range(10)
print(r, list(r), len(r), r[3], r[-1], r[2:5], r[::-1], r[::3])
print(list(range(2, 8)), list(range(10, 0, -3)), list(range(5, 5)), list(range(0, -5, -1)))
print(range(1, 10, 2)[1:3], len(range(0, 100, 7)), len(range(10, 0)), len(range(0, 10, -1)))
print(5 in r, 10 in r, 3.0 in r, -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.start, r.stop, r.step)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(repr(range(0, 5, 2)), repr(range(3)), str(range(1, 3)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
big = range(10 ** 20)
print(len(big) if False else big[-1], big[10 ** 19], 10 ** 19 in big)
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(0, 3)))
