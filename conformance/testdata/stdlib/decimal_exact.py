# Exact quotients and square roots take the ideal exponent (1/4 is 0.25);
# next_plus, next_minus and next_toward; flags of exact results; float
# zeros; exponents beyond 100000 in text.
from decimal import Decimal as D, getcontext, localcontext, Context, Inexact, Rounded, InvalidOperation
xs = [D(4), D("0.25"), D(2), D("100"), D("1.00"), D("0"), D("0.000"), D("1E+4"), D("-0")]
for x in xs:
    r = []
    for name in ["sqrt", "exp", "ln", "log10", "normalize", "next_plus", "next_minus"]:
        try:
            r.append(str(getattr(x, name)()))
        except Exception as e:
            r.append(type(e).__name__)
    print(x, r)
for a, b in [(87, 32), (1, 4), ("1.00", 4), (10, 5), (1, 3), ("12.0", "0.5"), (100, 10), ("1E+2", 1), (0, 5), ("0.00", 3), ("0E+5", 2), ("-6", 3), ("6", "-0.2"), (1, "1E+1000")]:
    try:
        print(a, b, D(a) / D(b), D(a) // D(b), D(a) % D(b), D(a) ** 2, D(a) * D(b), D(a)+D(b))
    except Exception as e:
        print(a, b, type(e).__name__)
with localcontext() as c:
    c.prec = 5
    print(D(1)/D(7), D(2)**D("0.5"), D(10)**-2, D(4)**D("0.5"))
    print(D("1.23456").next_plus(), D("99999").next_plus(), D("1E-1000003").next_minus())
print(D(1).next_toward(D(2)), D(1).next_toward(D(0)), D(1).next_toward(D(1)), D(-0.0).next_toward(D(0)))
def flags(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)
for a, b in [(1, 4), (1, 3), (100, 10), ("1.000", "0.5"), (6, 2)]:
    ctx = Context()
    r = ctx.divide(D(a), D(b))
    print(a, b, r, flags(ctx))
for x in ["4", "2", "0.0004", "1E+6", "1.000"]:
    ctx = Context()
    print(x, ctx.sqrt(D(x)), flags(ctx))
ctx = Context(prec=3)
print(ctx.next_plus(D("9.99")), ctx.next_minus(D("1")), ctx.next_toward(D("1"), D("5")), flags(ctx))
print(D("sNaN").next_plus(context=Context(traps=[])), D("NaN").next_minus())
print(D("-1E-1000026").next_plus(), D("1E-1000026").next_minus())
print(D(0.1), D(-0.0), D(0.0), D(2.5))
print(D("2E-500000").as_tuple())
