print(0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print(1e16 + 1 == 1e16, 2 ** 53 + 1.0, int(2 ** 53 + 1.0))
print(7 / 7, type(7 / 7).__name__, 6 // 4, 6.0 // 4, -6 // 4, -6.0 // 4)
print(float(10 ** 308) < float("inf"), 10 ** 308 * 10 > 1e308)
try:
    float(10 ** 309)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) % 7, 3 ** 0.5 > 1.7)
print(5 % 3.0, -5 % 3.0, 5.5 // -2, abs(-0.0), 1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio()[1] == 2 ** 55, float.fromhex("0x1p-2"))
