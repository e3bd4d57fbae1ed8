n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), (-7).as_integer_ratio())
print(int.from_bytes(b"\xff\xff", "big", signed=True), (255).to_bytes(1, "little"), (256).to_bytes(2, byteorder="big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((7).__index__(), (7).__int__(), (7).__float__(), (7).__bool__(), (0).__bool__(), (-3).__abs__(), (3).__neg__())
print(int.__add__(2, 3), int.__mul__(4, 5), int.__floordiv__(7, 2), int.__pow__(2, 5), int.__lt__(1, 2))
print((10).__divmod__(3), (10).__rdivmod__(3), (5).__rpow__(2), (5).__trunc__(), (5).__round__(-1))
print(isinstance(n, int), type(n)(9), int.__name__, (1).__class__.__name__)
print(sum(int(d) for d in str(2 ** 50)), str(2 ** 50)[::-1])
