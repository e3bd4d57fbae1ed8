z = complex(3, 4)
print(z, repr(z), z.real, z.imag, abs(z))
print(1j, 2 + 3j, -1j, 0j, complex(), complex("1+2j"), complex(" 3-4j "), complex(2))
print(z + 1, z * 1j, z * z, z / 2, (1 + 2j) / (3 - 4j))
print(z.conjugate(), z == complex(3.0, 4.0), z != 3)
print(1j ** 2, (1 + 1j) ** 3, pow(2j, 2))
print(complex(1.5, -0.0), complex(-0.0, -1), complex(0, 1) == 1j)
print(-(1 + 1j), +(2j), 2 - 1j - 1)
print(type(z).__name__, isinstance(z, complex))
print(hash(complex(5, 0)) == hash(5))
print(format(z, ".2f"), format(1.5 + 2.25j, ""), f"{z:>15}")
try:
    z < z
except TypeError as e:
    print("TypeError:", e)
try:
    complex("x")
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(complex(float("inf"), 1), 1e300j * 1e300)
