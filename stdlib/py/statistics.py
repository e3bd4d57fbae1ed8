"""Basic statistics of numeric data: averages, spread, relations between
two variables, and the normal distribution.

Written for rebeam from the documentation of the statistics module.  Sums
that feed mean(), variance() and friends are computed exactly (as fractions)
and rounded once at the end, so results match CPython to the last bit.
"""

import math
import numbers
import random
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from decimal import Decimal
from fractions import Fraction

__all__ = [
    'NormalDist', 'StatisticsError',
    'correlation', 'covariance', 'linear_regression',
    'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low',
    'mode', 'multimode', 'quantiles',
    'pstdev', 'pvariance', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact arithmetic helpers

def _ratio(x):
    """x as (numerator, denominator); (x, None) for infinities and NaNs."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' "
                        f"to numerator/denominator") from None


def _common_type(kinds):
    """The type a result should have when data mixes the given types."""
    result = int
    for kind in kinds:
        if kind is result or kind is int or kind is bool:
            continue
        if result is int or issubclass(kind, result):
            result = kind
        elif issubclass(result, kind):
            pass
        elif issubclass(result, int):
            result = kind
        elif issubclass(kind, int):
            pass
        elif issubclass(result, Fraction) and issubclass(kind, float):
            result = kind
        elif issubclass(result, float) and issubclass(kind, Fraction):
            pass
        else:
            raise TypeError("don't know how to coerce %s and %s"
                            % (result.__name__, kind.__name__))
    return result


class _ExactSum:
    """Accumulates values exactly, grouping numerators by denominator."""

    def __init__(self, squares=False):
        self.count = 0
        self.kinds = set()
        self.by_den = {}
        self.squares = {} if squares else None

    def add_all(self, values):
        for value in values:
            self.kinds.add(type(value))
            num, den = _ratio(value)
            self.count += 1
            self.by_den[den] = self.by_den.get(den, 0) + num
            if self.squares is not None:
                self.squares[den] = self.squares.get(den, 0) + num * num
        return self

    def special(self):
        """The infinity or NaN seen among the values, if any."""
        return self.by_den.get(None) if None in self.by_den else None

    def total(self):
        if None in self.by_den:
            return self.by_den[None]
        return sum((Fraction(num, den) for den, num in self.by_den.items()),
                   Fraction(0))

    def total_of_squares(self):
        return sum((Fraction(num, den * den) for den, num in self.squares.items()),
                   Fraction(0))

    def kind(self):
        return _common_type(self.kinds)


def _exact_sum(values):
    acc = _ExactSum().add_all(values)
    return acc.kind(), acc.total(), acc.count


def _deviations(data, centre=None):
    """(type, exact sum of squared deviations, mean, count)."""
    if centre is not None:
        kind, total, count = _exact_sum((x - centre) * (x - centre) for x in data)
        return kind, total, centre, count
    acc = _ExactSum(squares=True).add_all(data)
    n = acc.count
    if not n:
        squares = middle = Fraction(0)
    elif None in acc.by_den:
        squares = middle = acc.by_den[None]
    else:
        total = acc.total()
        squares = (n * acc.total_of_squares() - total * total) / n
        middle = total / n
    return acc.kind(), squares, middle, n


def _as_type(value, kind):
    """Round the exact value to the type the data had."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if issubclass(kind, Decimal):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _rejecting_negatives(values, message):
    for value in values:
        if value < 0:
            raise StatisticsError(message)
        yield value


def _sqrt_ratio_float(num, den):
    """Correctly rounded float square root of num/den."""
    # Scale so the integer root has more than 55 significant bits, and make
    # it odd when inexact: one final rounding is then a correct rounding.
    shift = max(0, (112 - (num.bit_length() - den.bit_length())) // 2 + 1)
    scaled = num << (2 * shift)
    root = math.isqrt(scaled // den)
    if root * root * den != scaled:
        root |= 1
    return root / (1 << shift)


def _sqrt_ratio_decimal(num, den):
    """Correctly rounded Decimal square root of num/den."""
    if num <= 0:
        if not num:
            return Decimal('0.0')
        num, den = -num, -den
    guess = (Decimal(num) / Decimal(den)).sqrt()

    def beyond(neighbour):
        # Is num/den past the midpoint between guess and neighbour?
        a, b = guess.as_integer_ratio()
        c, d = neighbour.as_integer_ratio()
        lhs = 4 * num * (b * d) ** 2
        rhs = den * (a * d + b * c) ** 2
        return lhs > rhs if neighbour > guess else lhs < rhs

    for neighbour in (guess.next_plus(), guess.next_minus()):
        if beyond(neighbour):
            return neighbour
    return guess


def _root_of_mean_square(squares, divisor, kind):
    exact = squares / divisor
    if issubclass(kind, Decimal):
        return _sqrt_ratio_decimal(exact.numerator, exact.denominator)
    return _sqrt_ratio_float(exact.numerator, exact.denominator)


# ---------------------------------------------------------------------------
# Averages

def mean(data):
    """Arithmetic mean, computed exactly and returned in the data's type."""
    kind, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / n, kind)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean, optionally weighted."""
    if weights is None:
        seen = 0
        values = []
        try:
            seen = len(data)
            total = math.fsum(data)
        except TypeError:
            values = list(data)
            seen = len(values)
            total = math.fsum(values)
        if not seen:
            raise StatisticsError('fmean requires at least one data point')
        return total / seen
    if not hasattr(data, '__len__'):
        data = list(data)
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    products = math.fsum(x * w for x, w in zip(data, weights))
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    weight = math.fsum(weights)
    if not weight:
        raise StatisticsError('sum of weights must be non-zero')
    return products / weight


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean(math.log(x) for x in data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean: the reciprocal of the mean of the reciprocals."""
    negative = 'harmonic mean does not support negative values'
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, weight_total, _ = _exact_sum(_rejecting_negatives(weights, negative))
    try:
        checked = _rejecting_negatives(data, negative)
        kind, total, _ = _exact_sum(w / x if w else 0
                                    for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight_total / total, kind)


def _sorted_nonempty(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """Middle value, or the mean of the two middle values."""
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The smaller of the two middle values when their number is even."""
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half] if odd else ordered[half - 1]


def median_high(data):
    """The larger of the two middle values when their number is even."""
    ordered = _sorted_nonempty(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1):
    """Median of grouped continuous data, by interpolation within the
    class interval (of the given width) holding the middle value."""
    ordered = _sorted_nonempty(data)
    n = len(ordered)
    middle = ordered[n // 2]
    first = bisect_left(ordered, middle)
    end = bisect_right(ordered, middle, lo=first)
    try:
        width = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    lower = middle - width / 2.0
    return lower + width * (n / 2 - first) / (end - first)


def mode(data):
    """The most common value (the first seen among equally common ones)."""
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    """All the most common values, in the order first seen."""
    tally = Counter(iter(data))
    if not tally:
        return []
    best = max(tally.values())
    return [value for value, seen in tally.items() if seen == best]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal
    probability; method 'exclusive' or 'inclusive'."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for k in range(1, n):
            at, frac = divmod(k * span, n)
            cuts.append((ordered[at] * (n - frac) + ordered[at + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for k in range(1, n):
            at = min(max(k * span // n, 1), size - 1)
            frac = k * span - at * n
            cuts.append((ordered[at - 1] * (n - frac) + ordered[at] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------------------
# Spread

def variance(data, xbar=None):
    """Sample variance (divides by n - 1); xbar is the mean if known."""
    kind, squares, _, n = _deviations(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(squares / (n - 1), kind)


def pvariance(data, mu=None):
    """Population variance (divides by n); mu is the mean if known."""
    kind, squares, _, n = _deviations(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(squares / n, kind)


def stdev(data, xbar=None):
    """Sample standard deviation, the square root of variance()."""
    kind, squares, _, n = _deviations(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of_mean_square(squares, n - 1, kind)


def pstdev(data, mu=None):
    """Population standard deviation, the square root of pvariance()."""
    kind, squares, _, n = _deviations(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of_mean_square(squares, n, kind)


# ---------------------------------------------------------------------------
# Two variables

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same '
                              f'number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _centred_sums(x, y, n):
    x_mean = math.fsum(x) / n
    y_mean = math.fsum(y) / n
    cross = math.fsum((a - x_mean) * (b - y_mean) for a, b in zip(x, y))
    x_square = math.fsum((a - x_mean) * (a - x_mean) for a in x)
    return x_mean, y_mean, cross, x_square


def covariance(x, y, /):
    """Sample covariance of two inputs of equal length."""
    n = _paired(x, y, 'covariance')
    x_mean = math.fsum(x) / n
    y_mean = math.fsum(y) / n
    cross = math.fsum((a - x_mean) * (b - y_mean) for a, b in zip(x, y))
    return cross / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = _paired(x, y, 'correlation')
    _, y_mean, cross, x_square = _centred_sums(x, y, n)
    y_square = math.fsum((b - y_mean) * (b - y_mean) for b in y)
    try:
        return cross / math.sqrt(x_square * y_square)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y); with
    proportional=True the line goes through the origin."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        cross = math.fsum(a * b for a, b in zip(x, y))
        x_square = math.fsum(a * a for a in x)
    else:
        x_mean, y_mean, cross, x_square = _centred_sums(x, y, n)
    try:
        slope = cross / x_square
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------------------
# Normal distribution

def _horner(x, coefficients):
    """Evaluate the polynomial with the given coefficients (highest first)."""
    result = coefficients[0]
    for c in coefficients[1:]:
        result = result * x + c
    return result


# Wichura's algorithm AS241 (Applied Statistics, 1988), PPND16.
_CENTRAL_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4,
                6.7265770927008700853e+4, 4.5921953931549871457e+4,
                1.3731693765509461125e+4, 1.9715909503065514427e+3,
                1.3314166789178437745e+2, 3.3871328727963666080e+0)
_CENTRAL_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4,
                3.9307895800092710610e+4, 2.1213794301586595867e+4,
                5.3941960214247511077e+3, 6.8718700749205790830e+2,
                4.2313330701600911252e+1, 1.0)
_NEAR_NUM = (7.74545014278341407640e-4, 2.27238449892691845833e-2,
             2.41780725177450611770e-1, 1.27045825245236838258e+0,
             3.64784832476320460504e+0, 5.76949722146069140550e+0,
             4.63033784615654529590e+0, 1.42343711074968357734e+0)
_NEAR_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4,
             1.51986665636164571966e-2, 1.48103976427480074590e-1,
             6.89767334985100004550e-1, 1.67638483018380384940e+0,
             2.05319162663775882187e+0, 1.0)
_FAR_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5,
            1.24266094738807843860e-3, 2.65321895265761230930e-2,
            2.96560571828504891230e-1, 1.78482653991729133580e+0,
            5.46378491116411436990e+0, 6.65790464350110377720e+0)
_FAR_DEN = (2.04426310338993978564e-15, 1.42151175831644588870e-7,
            1.84631831751005468180e-5, 7.86869131145613259100e-4,
            1.48753612908506148525e-2, 1.36929880922735805310e-1,
            5.99832206555887937690e-1, 1.0)


def _standard_normal_quantile(p):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return q * _horner(r, _CENTRAL_NUM) / _horner(r, _CENTRAL_DEN)
    tail = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(tail))
    if r <= 5.0:
        r -= 1.6
        z = _horner(r, _NEAR_NUM) / _horner(r, _NEAR_DEN)
    else:
        r -= 5.0
        z = _horner(r, _FAR_NUM) / _horner(r, _FAR_DEN)
    return -z if q < 0.0 else z


class NormalDist:
    """Normal distribution of a random variable with mean mu and standard
    deviation sigma."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Estimate mu and sigma from a sample."""
        _, squares, centre, n = _deviations(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        spread = squares / (n - 1)
        if isinstance(spread, float):
            # An infinity or NaN in the data.
            return cls(float(centre), float(centre) / float(squares))
        return cls(float(centre),
                   _sqrt_ratio_float(spread.numerator, spread.denominator))

    def samples(self, n, *, seed=None):
        """n random samples, reproducible when seed is given."""
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        spread = self._sigma * self._sigma
        if not spread:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return (math.exp(offset * offset / (-2.0 * spread))
                / math.sqrt(math.tau * spread))

    def cdf(self, x):
        """Probability that the variable is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu)
                                     / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        """The x for which cdf(x) is p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """The n-1 cut points dividing the distribution into n intervals of
        equal probability."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient: the area shared by the two densities."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        lo, hi = self, other
        if (hi._sigma, hi._mu) < (lo._sigma, lo._mu):
            lo, hi = hi, lo
        lo_var, hi_var = lo.variance, hi.variance
        if not lo_var or not hi_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = hi_var - lo_var
        mean_gap = math.fabs(hi._mu - lo._mu)
        if not var_gap:
            return 1.0 - math.erf(mean_gap / (2.0 * lo._sigma * math.sqrt(2.0)))
        a = lo._mu * hi_var - hi._mu * lo_var
        b = lo._sigma * hi._sigma * math.sqrt(
            mean_gap * mean_gap + var_gap * math.log(hi_var / lo_var))
        cross1 = (a + b) / var_gap
        cross2 = (a - b) / var_gap
        return 1.0 - (math.fabs(hi.cdf(cross1) - lo.cdf(cross1))
                      + math.fabs(hi.cdf(cross2) - lo.cdf(cross2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if self._sigma:
            return (x - self._mu) / self._sigma
        raise StatisticsError('zscore() not defined when sigma is zero')

    def _get_mu(self):
        return self._mu

    mean = property(_get_mu, doc='Arithmetic mean of the distribution.')
    median = property(_get_mu, doc='Median of the distribution.')
    mode = property(_get_mu, doc='Mode of the distribution.')
    stdev = property(lambda self: self._sigma,
                     doc='Standard deviation of the distribution.')
    variance = property(lambda self: self._sigma * self._sigma,
                        doc='Variance of the distribution.')
    del _get_mu

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu,
                              math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu,
                              math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return (self._mu, self._sigma) == (other._mu, other._sigma)

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    # Pickling support (the class has __slots__).
    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        (self._mu, self._sigma) = state
