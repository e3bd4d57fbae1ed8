print(list(range(0)), list(range(-3)), list(range(-3, 0)), list(range(5, 0, -1)))
total = 0
for i in range(1, 101, 2):
    total += i
print(total)
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[len(r) // 2], list(r[1::2]), 27 in r, 28 in r)
print(list(enumerate(range(3, 6))), list(zip(range(3), range(3, 0, -1))))
print(sum(range(-5, 6)), list(map(lambda x: x ** 2, range(4))))
print(range(10)[::-2], list(range(10)[::-2]), range(2, 8)[1:-1])
print(range(0, 10, 2) == range(0, 9, 2), range(1, 1) == range(2, 2), list(range(10, 20))[::3])
