# Decimal's format types e, g, n, % and none (libmpdec's rules: minimal exponent
# digits, precision in significant digits, zero padding through separators, 'z').
from decimal import Decimal as D, localcontext, ROUND_DOWN

vals = ['1.5', '123.456', '0.0000123', '12345', '1E+3', '0E+3', '0', '-0', '0E-5',
        '9.995', '-1234567.891', '1.23E+10', '1E-7', 'NaN', '-Infinity']
specs = ['e', '.3e', 'E', 'g', '.2g', '.0g', 'G', 'n', '.3n', '%', '.1%', '.0%',
         '.2', '.0', '10', '<10', '^9', '010.3f', '012,.1f', '013,.2f', '08,', '+',
         ' ', 'z.2f', 'z', ',', '.3e', ' 10.2e', '€^9', '0<8', '-=9']
for v in vals:
    out = []
    for spec in specs:
        try:
            out.append(format(D(v), spec))
        except ValueError as e:
            out.append('ValueError: %s' % e)
    print(v, out)

for spec in ['#', '#.0f', '_', '_.1f', ',n', '<06', 'c', 'x', 'd']:
    try:
        print(spec, format(D('1234.5'), spec))
    except ValueError as e:
        print(spec, 'ValueError:', e)

print(f"{D('3.14159'):.3} {D('100'):.2E} {D('0.1'):.10f} {D('1e100'):,.0f}")
with localcontext(capitals=0, rounding=ROUND_DOWN):
    print(format(D('12345'), '.1'), format(D('1.99'), '.1f'), format(D('9.99'), '.2'))
    print(str(D('1E+5')), repr(D('1.5E-9')), D('12E+5').to_eng_string())

# to-scientific and to-engineering strings, zeros included
for v in ['0E-10', '0E-6', '0E-7', '-0E-8', '0E+3', '0E+4', '0E+5', '-0E+2', '00.00',
          '1E-7', '123E-10', '1.0E-7', '5E+5', '123456E+20', '-12.5E-3', 'Infinity']:
    d = D(v)
    print(v, str(d), d.to_eng_string(), d.as_tuple())
