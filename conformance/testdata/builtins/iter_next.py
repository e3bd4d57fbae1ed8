it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
values = iter([5, 6, 0, 7])
print(list(iter(values.__next__, 0)), list(values))
s = iter("ab")
print(type(s).__name__, list(s), next(s, None))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("empty:", repr(e))
