# int.to_bytes/from_bytes (signed range, byteorder checked, subclasses), complex()
# with complex arguments and subclasses, and .real/.imag of number subclasses.
from decimal import Decimal
from fractions import Fraction

tests = [
    lambda: (128).to_bytes(1, 'big', signed=True), lambda: (127).to_bytes(1, signed=True),
    lambda: (-129).to_bytes(1, signed=True), lambda: (-128).to_bytes(1, signed=True),
    lambda: (255).to_bytes(1), lambda: (256).to_bytes(1), lambda: (-1).to_bytes(2),
    lambda: (-1).to_bytes(0, signed=True), lambda: (0).to_bytes(0), lambda: (1).to_bytes(-1, 'big'),
    lambda: (1).to_bytes(1, 'mid'), lambda: (2**64).to_bytes(9, 'little'),
    lambda: (-2**63).to_bytes(8, signed=True), lambda: True.to_bytes(2, 'little'),
    lambda: int.from_bytes(b'\x01', 'middle'), lambda: int.from_bytes(b'', 'x'), lambda: int.from_bytes(5),
    lambda: int.from_bytes(b'\xff' * 9, 'little', signed=True), lambda: int.from_bytes(b'\x80' + bytes(8), signed=True),
    lambda: int.from_bytes(b'\x01\x02', byteorder='little'), lambda: int.from_bytes([255, 0], 'little'),
    lambda: bool.from_bytes(b'\x01', 'big'), lambda: type(bool.from_bytes(b'\x00', 'big')),
    lambda: complex(1j, 1j), lambda: complex(1+2j, 3j), lambda: complex(1, 2j), lambda: complex(1j, 2),
    lambda: complex(2, 1+1j), lambda: complex(real=1j, imag=1j), lambda: complex(1.0, -0.0),
    lambda: complex(1j, -0.0), lambda: complex(complex(1, -0.0)), lambda: complex(0, Decimal('1.5')),
    lambda: complex(Fraction(1, 2), Fraction(1, 4)), lambda: complex(1, '2'), lambda: complex(1, None),
    lambda: complex(2**1100), lambda: complex(1, 2**1100), lambda: complex(imag=3),
]

class C:
    def __complex__(self):
        return 3+4j

class MyC(complex):
    pass

class MyF(float):
    pass

class MyI(int):
    pass

z = MyC(1, 2)
tests += [lambda: complex(C()), lambda: complex(C(), 1), lambda: type(MyC(1j, 1)), lambda: MyC(1j, 1j),
          lambda: complex(z), lambda: complex(z, 1), lambda: complex(1, z), lambda: z + 1, lambda: abs(z),
          lambda: (z.real, z.imag), lambda: z.conjugate(), lambda: z == 1+2j, lambda: hash(z) == hash(1+2j),
          lambda: (MyF(1.5).real, MyF(1.5).imag, MyI(3).numerator, MyI(3).denominator, MyI(3).imag),
          lambda: type(MyI(3).real)]
for f in tests:
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
