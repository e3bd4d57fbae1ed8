# Decimal powers: three-argument pow's rules, exact negative powers at the ideal
# exponent, infinite exponents, remainder_near, and to_integral of integers.
from decimal import Decimal as D, getcontext

tests = ["pow(D(3), 4, 5)", "pow(D(-3), 3, 5)", "pow(D(-3), 2, 5)", "pow(D(3), 3, -5)", "pow(D('3.0'), 2, 5)",
         "pow(D('1.5'), 2, 7)", "pow(D(3), D('2.5'), 7)", "pow(D(3), -1, 7)", "pow(D(0), 0, 7)", "pow(D(3), 2, 0)",
         "pow(D('nan'), 2, 7)", "pow(D(2), D('nan'), 7)", "pow(D(2), 2, D('nan'))", "pow(D('inf'), 2, 7)",
         "pow(D(2), 100, D('1e30'))", "pow(D(2), 100, D('1' * 29))", "pow(D('1E+2'), 2, 7)", "pow(D(3), D('2E+1'), 1000)",
         "pow(D(3), 4, 5.0)", "pow(D(3), 4, 5).as_tuple()", "pow(D('-0'), 3, 5)", "pow(D(3), 4, D('5.0'))",
         "pow('2', 2, 7)", "pow(2.0, 2, 7)",
         "D(10) ** -3", "10 ** D(-3)", "D('1e-7') ** D(-3)", "D('2.0') ** -2", "D('0.5') ** -2", "D('1.5') ** -2",
         "D(-2) ** -3", "D(10) ** -50", "D(-10) ** -3", "D(-10) ** -4", "D('0.01') ** -20", "D('1E+5') ** -3", "D(2) ** -90", "D('0.2') ** -1", "D(4) ** D('-0.5')", "D('-2.50') ** D('-Infinity')",
         "D('-2.50') ** D('Infinity')", "D(-1) ** D('Infinity')", "D(-2) ** D('0.5')",
         "D(-3).remainder_near(0)", "D(-3).remainder_near(D('-Infinity'))", "D(10).remainder_near(6)",
         "D(10).remainder_near(4)", "D(-10).remainder_near(4)", "D(14).remainder_near(4)",
         "D('10.5').remainder_near(D('0.3'))", "D('-10.5').remainder_near(D('0.3'))", "D('inf').remainder_near(3)",
         "D(3).remainder_near(D('nan'))", "D('1e30').remainder_near(7)", "D(3).remainder_near(D('-0.7'))",
         "D('4.132944352778093449576854412E+53').to_integral_value()", "D('1E+5').to_integral_value()",
         "D('1E+5').to_integral_exact()", "D('-0E+3').to_integral_value()", "D('12.5E+1').to_integral_value()"]
for s in tests:
    try:
        print(s, repr(eval(s)))
    except Exception as e:
        print(s, type(e).__name__, e)

for base in ['0.5', '0.50', '2', '1', '1.0', '0', '-0', '10']:
    for e in ['Infinity', '-Infinity']:
        getcontext().clear_flags()
        r = D(base) ** D(e)
        print(base, e, repr(r), [k.__name__ for k, v in getcontext().flags.items() if v])
