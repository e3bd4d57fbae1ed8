# The Context methods beyond arithmetic (to_eng_string, divmod, fma, the
# predicates and copies, logical ops) and the order of a context's flags.
from decimal import *

c = Context(prec=5, rounding=ROUND_HALF_UP)
calls = [
    ('to_eng_string', Decimal('1E+4')), ('remainder_near', 7, 3), ('divmod', 7, 2), ('divmod', Decimal('-7.5'), 2),
    ('fma', 2, 3, 4), ('fma', Decimal('1.23456'), 10, 1), ('logb', 1000), ('scaleb', 1, 3), ('is_zero', 0),
    ('is_signed', -1), ('copy_sign', 1, -2), ('number_class', 1), ('number_class', Decimal('-0')),
    ('same_quantum', Decimal('1.0'), Decimal('2.0')), ('radix',), ('copy_abs', -1), ('copy_negate', 1),
    ('copy_decimal', 1), ('is_finite', 1), ('is_nan', Decimal('nan')), ('is_qnan', Decimal('nan')),
    ('is_snan', Decimal('snan')), ('is_infinite', Decimal('-inf')), ('is_canonical', 1), ('is_canonical', Decimal(2)), ('canonical', 3), ('is_normal', 1),
    ('is_subnormal', Decimal('1e-999999')), ('canonical', Decimal(1)), ('to_integral', Decimal('2.5')),
    ('to_integral_exact', Decimal('1.5')), ('compare_signal', 1, 2), ('compare_total', 1, Decimal('1.0')),
    ('compare_total_mag', -2, 1), ('max_mag', -3, 2), ('min_mag', -3, 2), ('logical_and', 1100, 1010),
    ('logical_or', 1100, 1010), ('logical_xor', 1100, 1010), ('logical_invert', 1100), ('rotate', 12345, 2),
    ('shift', 12345, -2), ('copy_sign', Decimal('1.5'), 1.5),
]
for name, *args in calls:
    try:
        print(name, args, repr(getattr(c, name)(*args)))
    except (TypeError, InvalidOperation) as e:
        print(name, args, type(e).__name__, e)
print(c.flags[Inexact], c.flags[Rounded])
print(list(getcontext().flags), list(getcontext().traps) == list(getcontext().flags))
with localcontext(prec=4, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, Decimal(1) / 0 if False else '', ctx)
import decimal
print(decimal.__version__)
