print(abs(-5), abs(5), abs(-2.5), abs(3 - 4j), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(round(2.5), round(3.5), round(2.675, 2), round(-1.5), round(12345, -2), round(0.125, 2), round(5), round(-0.5))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(0, 0))
print(pow(3, 200, 1000), pow(2, 100, 10 ** 9 + 7), pow(-2, 3, 5), pow(5, -1, 7), pow(7, 0, 1))
for call in [lambda: divmod(1, 0), lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: abs("x"), lambda: round("x")]:
    try:
        call()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class R:
    def __round__(self, n=None):
        return f"rounded to {n}"
    def __abs__(self):
        return "absolute"
print(round(R()), round(R(), 3), abs(R()))
