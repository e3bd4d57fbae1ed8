# printf-style % with numbers: an integer's precision is its least digit count,
# * for width and precision, %x wants an integer, %c checks, objects with
# __int__/__float__, and big ints for %e/%f/%g.
from decimal import Decimal
from fractions import Fraction

cases = [
    ('%.3d', 5), ('%.3x', 5), ('%#.3x', 5), ('%#.3o', 5), ('%+.3d', -5), ('%5.3d|', 5),
    ('%-6.3d|', 5), ('%06.3d', 5), ('%.0d', 0), ('%.2d', 12345), ('%.10d', -2**40),
    ('%x', 1.5), ('%o', 2.0), ('%X', True), ('%d', 1.5), ('%d', -2.7), ('%i', 1e20),
    ('%d', float('inf')), ('%d', float('nan')), ('%d', '1'), ('%d', Decimal('3.7')),
    ('%d', Fraction(7, 2)), ('%f', Decimal('1.5')), ('%.2f', Fraction(1, 3)), ('%e', '1'),
    ('%c', 'ab'), ('%c', 1.5), ('%c', 'é'), ('%c', 0x110000), ('%c', -1), ('%c', 9731),
    ('%e', 10**400), ('%f', 10**400), ('%g', 2**1100), ('%.3e', 2**100), ('%f', 2**60),
    ('%#.0e', 12345), ('%#.0E', 1), ('%#.0f', 1), ('%#.0g', 1), ('%#.3g', 1), ('%#x', 0),
]
for fmt, value in cases:
    try:
        print(repr(fmt), repr(value), repr(fmt % value))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), repr(value), type(e).__name__, e)

for fmt, args in [('%*d|', (5, 42)), ('%-*d|', (5, 42)), ('%*d|', (-5, 42)), ('%.*f', (2, 3.14159)),
                  ('%*.*f|', (8, 2, 3.14159)), ('%*.*e|', (12, 1, 31415.9)), ('%*s|', (4, 'a')),
                  ('%.*f', (-1, 2.5)), ('%*d', ('x', 1)), ('%*d', (3,))]:
    try:
        print(repr(fmt), args, repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(repr(fmt), args, type(e).__name__, e)
