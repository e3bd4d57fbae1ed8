from fractions import Fraction
import math

a = Fraction(3, 4)
b = Fraction("1/3")
print(a, b, repr(a), Fraction(6, -8), Fraction(0), Fraction(5), Fraction(" -2/4 "))
print(Fraction("1.25"), Fraction("-3e-2"), Fraction("7"), Fraction(0.5), Fraction(1.1), Fraction(a))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(Fraction(-1, 2)))
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.25, a ** 2, a ** -2, 4 ** Fraction(1, 2), Fraction(-2, 3) ** 3)
print(a == Fraction(6, 8), a == 0.75, a < 1, a > b, a <= 0.75, Fraction(1, 2) == 0.5, Fraction(2, 1) == 2)
print(float(a), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2))
print(a.numerator, a.denominator, a.as_integer_ratio(), bool(Fraction(0)), Fraction.from_float(0.1), Fraction(0.1).limit_denominator(100))
print(Fraction(math.pi).limit_denominator(1000), Fraction(3141592, 1000000).limit_denominator(10))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)) == hash(Fraction(2, 6)))
print(sum([Fraction(1, n) for n in range(1, 7)]), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]), max(Fraction(1, 3), Fraction(2, 5)))
for bad in ["abc", "1/0", "1//2"]:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction([1])
except TypeError as e:
    print("TypeError", e)
print({Fraction(1, 2): "half"}[0.5], Fraction(1, 2) in {0.5}, str(Fraction(10, 5)))
