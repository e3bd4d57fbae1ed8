data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
values = iter([5, 3, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print("stopped at", v)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print("y leaked from the comprehension:", y)
def f(x):
    return x * 10
print([(x, fx) for x in range(4) if (fx := f(x)) > 10])
print((a := 5) + a, a)
total = 0
print([total := total + i for i in range(5)], total)
if any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]):
    print("first b-word:", hit)
print(f"{(z := 3) * 2} {z}")
def scope():
    [q := 1 for _ in range(1)]
    return q
print(scope())
