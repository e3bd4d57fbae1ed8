print(1 + 2.0, type(1 + 2.0).__name__, 1 + 2j, type(1.5 + 1j).__name__, True + 1.5)
print(3 / 1, 3 // 1.0, 2 ** 0.5 * 2 ** 0.5, 10 % 3.5, -7 // 2.0)
print(1 == 1.0 == 1 + 0j, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(0.5 < 1 < 1.5, 10 ** 20 > 1e19, 10 ** 16 + 1 > 1e16)
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(1 / 2))
print(int(7.9), int(-7.9), float(7), complex(7), int("7"), float("7"), round(7.5), round(-7.5))
print(max(1, 2.0), min(1.0, 1), max(True, 1), sorted([2, 1.5, True, 0j.real]))
print(abs(-3), abs(-3.0), abs(3 + 4j), (-8) ** (1 / 3) == complex((-8) ** (1 / 3)))
print(divmod(7, 2.0), pow(2, 0.5), pow(2.0, 2), pow(4, -1))
try:
    (1 + 1j) // 1
except TypeError as e:
    print("TypeError:", e)
try:
    int(1 + 1j)
except TypeError as e:
    print("TypeError:", e)
