for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (7.5, 2), (-7.5, 2)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 1.45, 2.675, 1e16 + 1]:
    print(x, round(x), round(x, 1))
print(round(123.456, -1), round(-123.456, -2), round(5, 1), round(5, -1), round(15, -1), round(25, -1))
print(7 // 2, -7 // 2, 7 % 2, -7 % 2, int(-7 / 2), 7.0 // 2, 2 ** -1)
