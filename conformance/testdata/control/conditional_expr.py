for n in [-2, 0, 3]:
    print("pos" if n > 0 else "zero" if n == 0 else "neg")
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
calls = []
def t(v):
    calls.append(v)
    return v
r = t("a") if t(True) else t("b")
print(r, calls)
f = (lambda: "one") if x else (lambda: "two")
print(f())
print((1 if True else 2) + 10, "nested: " + ("A" if x > 100 else "B" if x > 5 else "C"))
