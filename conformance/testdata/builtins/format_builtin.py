print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","), format(0.5, "%"))
print(format(10), format("plain"), format(None), format(True), format([1, 2]), format(2.0))
class F:
    def __format__(self, spec):
        return f"F({spec!r})"
print(format(F()), format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()))
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, 5)
except TypeError as e:
    print("TypeError:", e)
print(format(255, "X"), format(-255, "#x"), format(1e10, "g"), format(123.456, "10.1e"))
