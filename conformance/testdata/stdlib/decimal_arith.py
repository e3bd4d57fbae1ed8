from decimal import *
import decimal
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(3), Decimal('10') ** 20, Decimal(2).sqrt())
print(repr(Decimal(0.1)), Decimal('1.50'), Decimal('-0'), Decimal('1e5'), Decimal('1E-7'), Decimal('123.456e2'))
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('2.5').quantize(Decimal('1'), rounding=ROUND_HALF_UP))
print(Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(7) % Decimal(-2), divmod(Decimal(7), 2))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), getcontext())
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7))
for bad in [lambda: Decimal(1) / 0, lambda: Decimal('abc'), lambda: Decimal(0) / 0, lambda: Decimal(5) // 0,
            lambda: Decimal(-4).sqrt(), lambda: Decimal(0).ln()]:
    try:
        bad()
    except DecimalException as e:
        print(type(e).__name__, e)
print(Decimal('1.5') == 1.5, Decimal(2) == 2, Decimal('2.0') == Decimal(2), hash(Decimal('2.0')) == hash(2), hash(Decimal('0.5')) == hash(0.5))
print(Decimal('-3.7').as_tuple(), int(Decimal('-3.7')), float(Decimal('1.25')), round(Decimal('2.675'), 2), round(Decimal('2.5')))
print(Decimal('NaN'), Decimal('-Infinity'), Decimal('inf'), Decimal('1_000'), Decimal((1, (1, 4), -1)), Decimal(' 5 '))
print(Decimal('0.000001'), Decimal('0.0000001'), Decimal('100').normalize(), Decimal('1.2300').normalize(), Decimal('12E3').to_eng_string())
print(Decimal('1.23') * 2, 3 - Decimal('0.5'), -Decimal('1.0'), abs(Decimal('-2')), sorted([Decimal(3), Decimal('1.5')]))
print(Decimal(10).ln(), Decimal(1).exp(), Decimal(100).log10(), Decimal('7.325').to_integral_value(), max(Decimal(1), Decimal(2)))
print(format(Decimal('3.14159'), '.2f'), '{:.3f}'.format(Decimal('2.5')), f'{Decimal("1.5"):>8}')
for bad in [lambda: Decimal(1) + 1.5, lambda: Decimal([1]), lambda: int(Decimal('NaN')), lambda: int(Decimal('Inf'))]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__)
print(Decimal('1.0').compare(Decimal(1)), Decimal(1).compare(Decimal('NaN')), Decimal('5').max(Decimal('NaN')))
print(Decimal('-1.5').copy_abs(), Decimal('1.5').copy_negate(), Decimal(3).copy_sign(Decimal(-1)), Decimal('1.23').adjusted())
print(Decimal('0.1').as_integer_ratio(), Decimal('-2.50').as_integer_ratio(), Decimal('1.10').same_quantum(Decimal('2.22')))
print(Decimal(0).is_zero(), Decimal('NaN').is_nan(), Decimal('sNaN').is_snan(), Decimal('-Inf').is_infinite(), Decimal(1).is_finite())
print(Decimal('-0.5').is_signed(), Decimal(5).number_class(), Decimal('-0').number_class(), Decimal('Inf').number_class())
print(Decimal(2).fma(3, 4), Decimal(10).remainder_near(3), Decimal(18).remainder_near(4), Decimal('1.5').scaleb(2), Decimal(1234).logb())
print(Decimal('12345').to_eng_string(), Decimal('1.2E+7').to_eng_string(), Decimal('0.00012').to_eng_string(), Decimal('1E-8').to_eng_string())
print(Decimal(3).__floor__(), Decimal('-3.5').__ceil__(), Decimal('3.7').__trunc__(), bool(Decimal(0)), bool(Decimal('0.1')))
print(sum([Decimal('0.1')] * 10), Decimal('0.1') * 3 == Decimal('0.3'), Decimal(2) ** Decimal('0.5'), Decimal(2) ** -2)
print(Decimal('9.99').quantize(Decimal('0.1'), rounding=ROUND_DOWN), Decimal('-9.95').quantize(Decimal('0.1'), rounding=ROUND_CEILING))
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, [str(Decimal(x).quantize(Decimal('1'), rounding=r)) for x in ['2.5', '-2.5', '1.51', '-1.49', '0.5', '5.01']])
