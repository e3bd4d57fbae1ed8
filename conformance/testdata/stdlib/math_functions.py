import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
# Go's libm may differ from glibc by an ulp outside these functions.
exact = {'sqrt', 'exp', 'exp2', 'sin', 'cos', 'log', 'log2', 'log10', 'fabs', 'degrees', 'radians'}
for name in ['sqrt', 'exp', 'exp2', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'atanh', 'erf', 'erfc', 'cbrt', 'fabs',
             'log1p', 'gamma', 'lgamma', 'degrees', 'radians', 'log', 'log2', 'log10']:
    f = getattr(math, name)
    out = []
    for x in [0.5, 0.25, -0.75, 2, 10, 1e-10]:
        try:
            r = f(x)
            out.append(repr(r) if name in exact else '%.12g' % r)
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
for x in [1.0, 1.5, 3.0, 20.0, 171.5, -2.0, 0.0]:
    try:
        print('acosh gamma', x, '%.12g %.12g' % (math.acosh(x), math.gamma(x)))
    except (ValueError, OverflowError) as e:
        print('error', x, type(e).__name__, e)
print(math.atan2(1, 2), math.atan2(-0.0, -1), math.copysign(3, -0.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 1/3) if False else 0)
for args in [(0, -1), (-2, 0.5), (10, 400)]:
    try:
        math.pow(*args)
    except (ValueError, OverflowError) as e:
        print('pow', args, type(e).__name__, e)
print(math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log10(10**400), math.log2(2**2000))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9), math.floor(7))
class F:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'trunced'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.isqrt(10), math.isqrt(10**50), math.isqrt(2**200 + 1))
print(math.gcd(), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(-4, 6), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(2, 3, 4), math.lcm(0, 5))
print(math.comb(10, 3), math.comb(100, 50), math.comb(3, 5), math.perm(5), math.perm(5, 2), math.perm(30, 20))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([2, 3], start=10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.exp(1000),
            lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1),
            lambda: math.sqrt('x'), lambda: math.comb(-1, 2), lambda: math.gcd(1.5),
            lambda: math.fsum([math.inf, -math.inf]), lambda: math.floor(math.inf),
            lambda: math.floor(math.nan), lambda: math.fmod(1, 0), lambda: math.log(2, 1),
            lambda: math.trunc('x'), lambda: math.exp(2**2000), lambda: math.ldexp(1.0, 2000)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
