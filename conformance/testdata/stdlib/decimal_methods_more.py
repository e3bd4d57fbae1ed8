# Decimal against Fraction, round() of specials, the magnitude comparisons,
# shift/rotate, the logical operations, and 'decimal.Decimal' in type errors.
from decimal import Decimal as D, localcontext, ExtendedContext, InvalidOperation, getcontext
from fractions import Fraction as F

print(D('1.5') == F(3, 2), F(3, 2) == D('1.5'), D('0.1') == F(1, 10), D('0.1') != F(1, 3))
print(D('1.5') < F(8, 5), F(1, 3) < D('0.34'), D('-2') >= F(-5, 2), D('NaN') == F(1, 2))
print(D('Infinity') > F(10**30), sorted([F(1, 3), D('0.3'), F(1, 4), D('0.33')]))

for v in ['Infinity', '-Infinity', 'NaN', 'sNaN']:
    try:
        round(D(v))
    except (ValueError, OverflowError) as e:
        print(v, type(e).__name__, e)
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)

for expr in ["D('1.5') + 1.5", "D('1.5') * F(1, 2)", "F(1, 3) + D('0.5')", "D(1) < 'a'"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)

print(D('-1.5').max_mag(D('1')), D('-1.5').min_mag(D('1')), D('-1').max_mag(1), D('-1').min_mag(1))
print(D('1').max_mag(D('NaN')), D('1.0').max_mag(D('-1')), D('1.5').compare_total_mag(D('-1.50')))
print(D('1').compare_signal(2), D('-1').compare_total_mag(1))
try:
    D('1').compare_signal(D('NaN'))
except InvalidOperation as e:
    print('InvalidOperation', e)

for n in [2, -2, 0, 27, 28, -28]:
    print(n, D('1234.5').shift(n), D('1234.5').rotate(n), D('-12').rotate(n))
print(D('Infinity').shift(3), D('NaN').rotate(1))
for bad in [29, D('1.5')]:
    try:
        D('123').shift(bad)
    except InvalidOperation as e:
        print('shift', bad, 'InvalidOperation')

print(D('1101').logical_and(D('1011')), D('1101').logical_or(D('1011')),
      D('1101').logical_xor(D('1011')), D('1101').logical_invert(), D('0').logical_invert())
with localcontext(prec=5):
    print(D(11).logical_invert(), D(123).rotate(1), D(123).shift(3))
c = ExtendedContext.copy()
print(D('1101').logical_and(D('-1'), c), D('12').logical_or(1, c), c.flags[InvalidOperation])
