for ch in "ab":
    print("char", ch)
for b in b"AB":
    print("byte", b)
for k, v in sorted({"z": 1, "a": 2}.items()):
    print("item", k, v)
for n in {3}:
    print("set elem", n)
for t in (1, "two"):
    print("tuple elem", t)
for i in range(10, 0, -4):
    print("range", i)
for line in "l1\nl2".splitlines():
    print("line", line)
for i, (a, b) in enumerate(zip("xy", [1, 2]), start=1):
    print(i, a, b)
for x in reversed([1, 2, 3]):
    print("rev", x)
for x in map(str.upper, ["m"]):
    print("mapped", x)
it = iter([1, 2, 3, 4])
for x in it:
    print("consumed", x, "skipping", next(it, None))
for x in []:
    pass
else:
    print("else on empty")
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
for x in Countdown(3):
    print("countdown", x)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
