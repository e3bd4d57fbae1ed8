# range with bounds beyond 64 bits, and range arithmetic.
big = 10 ** 30
r = range(big, big + 100, 7)
print(r, len(r), r[0], r[-1], r[3:5], big + 14 in r, big + 15 in r)
print(r.index(big + 21), r.count(big + 7), list(r[:3]))
huge = range(-big, big)
print(huge[0], huge[-1], huge[big], 0 in huge, huge.start, huge.stop, huge.step)
try:
    len(huge)
except OverflowError as e:
    print("OverflowError:", e)
print(bool(range(big, big)), range(big, 0) == range(0), range(0, 2 ** 64, 2 ** 63)[1])
print(list(range(2 ** 63 - 3, 2 ** 63 + 2)), list(range(-2 ** 63 + 1, -2 ** 63 - 2, -1)))
print(list(reversed(range(big, big + 3))), sum(range(big, big + 4)), max(range(big, big + 4)))
print(hash(range(big, big + 1)) == hash(range(big, big + 1, 5)), range(1, big)[::big] == range(1, 2))
s = range(0, 100, 3)
print(s[10:20:2], s[::-1][:3], s[-5:], 99 in s, 98 in s, s.index(99), len(s[::4]))
