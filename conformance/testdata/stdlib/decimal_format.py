from decimal import Decimal as D
vals = [D('1234567.891'), D('-0.005'), D('0'), D('12.5'), D('-1234.5'), D('1E+3'), D('NaN'), D('-Infinity')]
for spec in ['', '.2f', ',.2f', '_.1f', '>12.2f', '<12,', '^14.3f', '012.2f', '+.0f', ' .3f', '.1%', 'f', ',f', '*>15,.2f', '=+12.1f']:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ValueError')
    print(repr(spec), out)
print(f'{D("3.14159"):.3f} {D("1000000"):,} {D("2.5"):.0f} {D("3.5"):.0f}')
