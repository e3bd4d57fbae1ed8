it = iter("ab")
print(next(it, "x"), next(it, "x"), next(it, "x"), next(it, None))
def gen():
    yield 1
g = gen()
print(next(g, "default"), next(g, "default"), next(g, "default"))
empty = iter([])
print(next(empty, []), next(iter({}), "no keys"), next(iter({"k": 1}), "no keys"))
first_even = next((n for n in [1, 3, 4, 6] if n % 2 == 0), None)
first_big = next((n for n in [1, 3] if n > 10), "none found")
print(first_even, first_big)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
