import cmath

def show(z):
    return '(%.10g%+.10gj)' % (z.real, z.imag)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for name in ['sqrt', 'exp', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'acosh', 'atanh', 'log', 'log10']:
    f = getattr(cmath, name)
    print(name, ' '.join(show(f(z)) for z in [1 + 2j, -0.5 + 0.25j, 3, 0.5j, -2]))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.log(1), cmath.log(8, 2), show(cmath.log(1j, 2 + 1j)))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j), cmath.polar(1j), cmath.polar(-2))
print(cmath.rect(1, 0), show(cmath.rect(2, cmath.pi / 2)), cmath.rect(0, 1))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, float('inf'))), cmath.isnan(complex(float('nan'), 0)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(0, 1e-10, abs_tol=1e-9))
class C:
    def __complex__(self):
        return 3 + 4j
print(cmath.sqrt(C()), cmath.polar(C()))
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt('x'), lambda: cmath.exp(1000), lambda: cmath.log10(0)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
