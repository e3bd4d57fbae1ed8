for x in [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001234, 1.5e300, 2.0 ** 0.5, 1 / 3, 100.0, 1e22, 1e23]:
    print(repr(x), str(x))
print(float("3.14"), float("  -2.5  "), float("1e3"), float("1E-3"), float("inf"), float("-Infinity"), float("nan"))
print(float(7), float(2 ** 53 + 1), float("1_000.5"))
print(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print((0.1).hex(), float.fromhex("0x1.8p1"), (3.5).as_integer_ratio(), (0.5).is_integer(), (2.0).is_integer())
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(float.__name__, type(1.0).__name__)
