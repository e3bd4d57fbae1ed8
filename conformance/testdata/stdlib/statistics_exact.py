import math
import statistics as st
from decimal import Decimal
from fractions import Fraction

datasets = [
    [1, 2, 3, 4],
    [1, 3],
    [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
    [1e16, 1.0, -1e16, 3.0, 0.1],
    [2.5, 3, Fraction(1, 3), True],
    [Fraction(1, 3), Fraction(2, 7), Fraction(5, 11)],
    [1e308, 1e308, -1e308, 5e307],
    [0.1] * 10,
    [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
    [1.5, float("inf"), 2.5],
]
for data in datasets:
    print("data", data)
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped,
               st.mode, st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev,
               st.geometric_mean, st.harmonic_mean, st.quantiles):
        try:
            r = fn(data)
            print(" ", fn.__name__, type(r).__name__, r)
        except (st.StatisticsError, TypeError, ValueError, OverflowError, AttributeError) as e:
            print(" ", fn.__name__, type(e).__name__, e)

print(st.variance([1.5, 2.5, 3.5], xbar=2.5), st.pvariance([1.5, 2.5, 3.5], mu=2), st.stdev([1, 2, 4], 2))
print(st.mean(iter([1, 2, 3, 4])), st.fmean(iter([1, 2.5])), st.fmean([1, 2, 3], weights=iter([0.5, 0.25, 0.25])))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2), st.median_grouped([10, 20, 20, 30], 5.5),
      st.median_grouped([7]), st.median_grouped([1.5, 2]))
print(st.harmonic_mean([0, 5]), st.harmonic_mean([2, 4], weights=[0, 3]), st.harmonic_mean([Fraction(1, 2), 4]))
print(st.mode("mississippi"), st.multimode("mississippi"), st.mode([(1, 2), (1, 2), (3,)]))
for n in (1, 2, 3, 5, 10):
    print(n, st.quantiles(range(1, 12), n=n), st.quantiles([1.5, 7, 3], n=n, method="inclusive"))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1, 18.0]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, y))
print(st.linear_regression(x, y, proportional=True), st.linear_regression(x, y).slope)
lr = st.linear_regression([0, 1], [1, 3])
print(lr, type(lr).__name__, lr._fields, tuple(lr))

errors = [
    (st.mean, ([],)), (st.fmean, ([],)), (st.fmean, ([1, 2], [1])), (st.fmean, ([1, 2], [1, -1])),
    (st.geometric_mean, ([1, -2],)), (st.geometric_mean, ([],)), (st.harmonic_mean, ([],)),
    (st.harmonic_mean, ([1, -2],)), (st.harmonic_mean, ([-3],)), (st.harmonic_mean, (["a"],)),
    (st.harmonic_mean, ([1, 2], [1])), (st.median, ([],)), (st.median_low, ([],)), (st.median_high, ([],)),
    (st.median_grouped, ([],)), (st.median_grouped, (["a", "b"],)), (st.median_grouped, (["1", "2.5"],)), (st.median_grouped, ([Fraction(1, 3)],)), (st.mode, ([],)), (st.quantiles, ([1],)),
    (st.quantiles, ([1, 2], )), (st.variance, ([1],)), (st.pvariance, ([],)), (st.stdev, ([1],)),
    (st.pstdev, ([],)), (st.covariance, ([1, 2], [1])), (st.covariance, ([1], [1])), (st.correlation, ([1, 1], [2, 3])),
    (st.correlation, ([1], [2])), (st.linear_regression, ([1, 1], [2, 3])), (st.linear_regression, ([1, 2], [2])),
    (st.mean, (["a", "b"],)),
]
for fn, args in errors:
    try:
        print(fn.__name__, fn(*args))
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)
for kw in [dict(n=0), dict(method="median")]:
    try:
        st.quantiles([1, 2, 3], **kw)
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), sorted(st.__all__))

N = st.NormalDist
a, b = N(10, 2), N(12.5, 3)
print(a, repr(b), N(), a.mean, a.median, a.mode, a.stdev, a.variance)
print(a.pdf(9), a.cdf(9), a.inv_cdf(0.3), a.inv_cdf(1e-10), a.inv_cdf(0.999999), a.zscore(13))
print(a.quantiles(), a.quantiles(10))
print(a.overlap(b), b.overlap(a), a.overlap(N(20, 2)))
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 3, 3 * a, a * -1, a / 4, +a, -a)
print(a == N(10, 2), a == N(10, 2.5), a == 10, hash(a) == hash(N(10.0, 2.0)), len({a, N(10, 2), b}))
print(N.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), N.from_samples(iter([1, 2, 3, 4])))
zero = N(3, 0)
for call in (lambda: N(0, -1), lambda: zero.pdf(1), lambda: zero.cdf(1), lambda: zero.inv_cdf(0.5),
             lambda: a.inv_cdf(0), lambda: a.inv_cdf(1.5), lambda: zero.zscore(1), lambda: zero.overlap(a),
             lambda: a.overlap(3), lambda: N.from_samples([1])):
    try:
        print(call())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(len(a.samples(5)), a.samples(3, seed=42) == a.samples(3, seed=42))
