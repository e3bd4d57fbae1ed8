print(7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2)
print(2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-8.0) ** 2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised")
print(3 * 1.5, 1 + 2.0, True + 0.5)
print(int(2.5), int(-2.5), float(int(1e20)))
print(1.5.__add__(1), (2.0).__rtruediv__(1))
print((-2.0) ** 0.5)
