# ** with negative and special exponents (float_pow's rules, last digits), pow()
# with a complex and a modulus, exact int == complex, Fraction arithmetic in
# lowest terms and its ZeroDivisionError, int without is_integer (3.12), and
# float.__getformat__.
import math
from fractions import Fraction as F

tests = ['pow(-(3**50), -7)', '(-3)**-7', '2**-1074', '2**-1075', '(-2)**-1', '10**-400', '(10**400)**-1', '0**-1',
         '(2**1100)**-1', 'pow(0.0, -math.inf)', 'pow(-0.0, -math.inf)', 'pow(-2**63, math.nan)', '(-8.0)**math.nan',
         '(-8)**0.5', '(-8.0)**(1/3)', '0.0**-1', '0.0**-1.5', '(-0.0)**-1', '1e308**2', '(-1e308)**3', '2.0**1024',
         '(-2.0)**1025.0', '10.0**-400', '7**-2', '3**-40', '(-1)**-(2**70)', '(2**70)**-2', '(-5)**-3', 'pow(3, -2)',
         'pow(-2.5, 3)', 'pow(2, -0.5)', 'math.inf**-1', '(-math.inf)**-3', '(-math.inf)**3', '1**math.inf',
         '(-1)**math.inf', 'math.nan**0', '1.0**math.nan', 'pow(1j, 2, 3)', 'pow(2, 1j, 3)', 'pow(2, 3, 1j)',
         'pow(2.0, 3, 4)', 'pow(2, 3, 4.0)', '(7).is_integer()', 'True.is_integer()', '(7.0).is_integer()']
for s in tests:
    try:
        print(s, repr(eval(s)))
    except Exception as e:
        print(s, type(e).__name__, e)

vals = [0, 1, -1, 3**50, -(3**50), 2**53 + 1, 2**1100, True, 0.5, complex(3**50), complex(2**53 + 1),
        complex(2**53), 1+0j, 1j, complex(float('inf'))]
for a in vals:
    print(''.join('=' if a == b else ('!' if a != b else '?') for b in vals))

fracs = [F(0), F(1), F(-1), F(2), F(1, 2), F(-3, 4), F(10, 3), F(-7, 12), F(2**70, 3**40), 3, -2, 0]
for a in fracs:
    row = []
    for b in fracs:
        if isinstance(a, int) and isinstance(b, int):
            continue
        for op in ('+', '-', '*', '/'):
            try:
                r = eval('a %s b' % op)
                row.append('%s/%s' % (r.numerator, r.denominator))
            except ZeroDivisionError as e:
                row.append(str(e))
    print(repr(a), ' '.join(row))

for a in ['double', 'float', 'x', 1]:
    try:
        print(float.__getformat__(a), (1.5).__getformat__(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
