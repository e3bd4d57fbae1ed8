import decimal
from decimal import Decimal, Context, getcontext, setcontext, localcontext

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx)
ctx.prec = 5
print(Decimal(2).sqrt(), Decimal('1.234567') + 0, +Decimal('9.876543'))
with localcontext() as lc:
    lc.prec = 2
    lc.rounding = decimal.ROUND_UP
    print(Decimal(1) / 3, getcontext().prec)
print(getcontext().prec, Decimal(1) / 3)
with localcontext(prec=10) as lc:
    print(Decimal(1) / 7, lc.prec)
c = Context(prec=4, rounding=decimal.ROUND_DOWN)
print(c.divide(Decimal(2), Decimal(3)), c.add(1, 2), c.multiply(Decimal('1.111'), 3), c.create_decimal('3.14159'))
print(c.sqrt(2), c.power(2, 10), c.quantize(Decimal('1.2345'), Decimal('0.1')), c.compare(1, 2), c.to_sci_string(Decimal('1E+3')))
ctx.clear_flags()
Decimal(1) / 3
print(ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded], ctx.flags[decimal.DivisionByZero])
ctx.traps[decimal.DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, ctx.flags[decimal.DivisionByZero])
ctx.traps[decimal.InvalidOperation] = False
print(Decimal(0) / 0, Decimal('abc'), Decimal(-1).sqrt())
ctx.traps[decimal.Inexact] = True
try:
    Decimal(1) / 3
except decimal.Inexact as e:
    print('Inexact', e)
setcontext(decimal.ExtendedContext)
print(getcontext().prec, Decimal(1) / 0, Decimal(2) / 3)
setcontext(Context())
print(getcontext())
print(decimal.BasicContext.prec, decimal.BasicContext.rounding, decimal.DefaultContext.prec)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError),
      issubclass(decimal.Overflow, decimal.Inexact), issubclass(decimal.FloatOperation, TypeError))
try:
    Decimal(10) ** 10000000
except decimal.Overflow as e:
    print('Overflow', e)
for bad in [lambda: setattr(getcontext(), 'prec', 0), lambda: setattr(getcontext(), 'rounding', 'X'), lambda: Context(prec='x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
