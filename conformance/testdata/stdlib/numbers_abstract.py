import numbers
import fractions
import decimal
import math

print(numbers.__all__)
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__))
    print("  bases", [b.__name__ for b in cls.__bases__], cls.__slots__, cls.__hash__)

print(numbers.Complex.__add__.__name__, numbers.Complex.__add__.__qualname__)
print(numbers.Integral.__pow__.__qualname__, numbers.Real.__round__.__name__)
print(getattr(numbers.Complex.__add__, "__isabstractmethod__", False))
print(numbers.Real.__divmod__.__qualname__)

# registrations
for v in (1, True, 2.5, 3j, fractions.Fraction(1, 3), decimal.Decimal("1.5")):
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(fractions.Fraction, numbers.Rational), issubclass(decimal.Decimal, numbers.Real))


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __trunc__(self): return self
    def __floor__(self): return self
    def __ceil__(self): return self
    def __round__(self, nd=None): return self
    def __repr__(self): return "MyInt(%d)" % self.v


a = MyInt(7)
print(a, a - 2, 10 - a, bool(a), bool(MyInt(0)))
print(float(a), complex(a), a.real, a.imag, a.conjugate())
print(a.numerator, a.denominator, divmod(a, 3), divmod(20, a))
print([10, 20, 30, 40, 50, 60, 70, 80][a], a.__index__(), math.floor(a))


class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    locals().update({n: (lambda self, *a: NotImplemented) for n in numbers.Rational.__abstractmethods__ if n not in ("numerator", "denominator")})


print(float(Half()), sorted(Half.__abstractmethods__))

try:
    numbers.Real()
except TypeError as e:
    print("TypeError:", e)


class Partial(numbers.Complex):
    def __complex__(self): return 1j


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


class Raising(numbers.Integral):
    pass


for name in ("__add__", "__int__", "__invert__"):
    try:
        getattr(numbers.Integral, name)(MyInt(1), *([2] if name == "__add__" else []))
    except NotImplementedError as e:
        print(name, "NotImplementedError", repr(e))
try:
    numbers.Complex.real.fget(1)
except NotImplementedError:
    print("real NotImplementedError")

numbers.Real.register(str)
print(isinstance("x", numbers.Complex), isinstance("x", numbers.Rational))
