# The last digit of math's tan, asin, acos, the hyperbolic functions and their
# inverses, and hypot, as glibc and CPython compute them (Go's math differs).
import math

grid = [i / 8 for i in range(-40, 41)] + [0.1, 0.3, 0.7, 1e-5, -1e-9, 2.5e-8, 3.3, 17.5, 21.9, 22.5, 300.0, 710.0]
for name in ['tan', 'asin', 'acos', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'expm1', 'log1p']:
    f = getattr(math, name)
    out = []
    for x in grid:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(math.tan(math.pi / 4), math.tan(1e300), math.asin(1), math.acos(-1), math.tanh(-0.0), math.sinh(-0.0))
print(math.cosh(710.4), math.sinh(-710.4), math.atanh(-0.5), math.acosh(1), math.asinh(-1e300), math.expm1(-50))
for x, y in [(3, 4), (-0.4045637853531492, 4.582520011879929), (2.3197848135236407, 0.7437741163385381),
             (-2.576224370476666, -1.4680616960430184), (1e-300, 1e-300), (1e300, 1e300), (0.1, 0.2)]:
    print(math.hypot(x, y), math.dist((x, 0.5), (0.25, y)), math.hypot(x, y, 1.5))
