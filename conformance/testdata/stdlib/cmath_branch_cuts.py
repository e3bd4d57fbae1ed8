# cmath on CPython's formulas: branch cuts and signed zeros (atan(2j) is
# pi/2+0.549j), domain errors at singularities, last digits, abs() of complex.
import cmath

vals = [2, -2, 0.5, -0.5, 1, -1, 0, complex(2, 0.0), complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0),
        2j, -2j, complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2), 0.5j, 1j, -1j,
        1+1j, -1-1j, 3-4j, complex(1e-20, 1), complex(1e300, 1e300), complex(-0.0, 0.0), complex(0.0, -0.0),
        complex(1e-310, 1e-310), complex(700, 1e-310), complex(-750, 3), complex(0.3, 1e308)]
vals += [complex(a / 4, b / 3) for a in range(-5, 6, 2) for b in range(-4, 5, 3)]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
         'asinh', 'acosh', 'atanh']
for n in names:
    f = getattr(cmath, n)
    out = []
    for v in vals:
        try:
            r = f(v)
            out.append('(%r,%r)' % (r.real, r.imag))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(n, ' '.join(out))

inf, nan = float('inf'), float('nan')
for n in ['exp', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh']:
    out = []
    for v in [complex(inf, inf), complex(2, inf), complex(0, -inf), complex(inf, 2), complex(-inf, 0.5),
              complex(nan, inf), complex(inf, nan)]:
        try:
            r = getattr(cmath, n)(v)
            out.append('ok' if r != r or abs(r) >= 0 else '?')
        except ValueError:
            out.append('ValueError')
    print(n, out)

for v in [3+4j, 3+4.1j, complex(2.842624857942993, 1.5), complex(1e308, 1e308), complex(inf, nan)]:
    try:
        print(abs(v), cmath.polar(v) if abs(v) < inf else '')
    except OverflowError as e:
        print('OverflowError', e)
print(cmath.log(8, 2), cmath.log(-8, 2), cmath.log(1j, 1 + 1j), cmath.exp(1j * cmath.pi))
for bad in [0, 0j]:
    try:
        cmath.log(bad)
    except ValueError as e:
        print('log', bad, e)
