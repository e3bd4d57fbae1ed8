import numbers

for v in [1, True, 2.5, 1j]:
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(isinstance("1", numbers.Number), issubclass(numbers.Integral, numbers.Real))

class Money(numbers.Integral):
    pass
try:
    Money()
except TypeError as e:
    print("TypeError", str(e)[:50])

class MyNum:
    pass
numbers.Real.register(MyNum)
print(isinstance(MyNum(), numbers.Complex), isinstance(MyNum(), numbers.Integral))
