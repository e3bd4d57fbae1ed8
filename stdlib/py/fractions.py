"""Rational numbers, as CPython's fractions module documents them:
Fraction(numerator, denominator) kept in lowest terms with a positive
denominator, exact arithmetic with ints and Fractions, float results when
mixed with floats, and hashes equal to those of equal ints and floats."""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, CPython's numeric hash modulus
_HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None."""
    s = text.strip()
    if not s:
        return None
    sign = 1
    if s[0] in "+-":
        if s[0] == "-":
            sign = -1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        if not _is_digits(num) or not _is_digits(den):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for marker in ("e", "E"):
        if marker in s:
            mantissa, _, e = s.partition(marker)
            es = e
            if es[:1] in "+-":
                es = es[1:]
            if not _is_digits(es):
                return None
            exp = int(e)
            break
    whole, dot, frac = mantissa.partition(".")
    if not whole and not frac:
        return None
    if whole and not _is_digits(whole):
        return None
    if frac and not _is_digits(frac):
        return None
    if dot and not whole and not frac:
        return None
    num = int(whole or "0") * 10 ** len(frac) + int(frac or "0")
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


def _is_digits(s):
    if not s or s[0] == "_" or s[-1] == "_" or "__" in s:
        return False
    return all(c.isdigit() or c == "_" for c in s) and s.replace("_", "").isascii()


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'),
    Fraction(0.75), Fraction(other_fraction)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, (float,)) or type(numerator).__name__ == "Decimal":
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f as a Fraction."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_pair(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal as a Fraction."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        return cls._from_pair(*dec.as_integer_ratio())

    @classmethod
    def _from_pair(cls, numerator, denominator):
        obj = object.__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def as_integer_ratio(self):
        """The pair (numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction's convergents until the next
        # denominator would be too big, then pick the better of the last
        # convergent and the best semiconvergent
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_pair(p1, q1)
        return Fraction._from_pair(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # arithmetic: exact with Rationals, float with floats, complex with
    # complex

    def _operate(self, other, exact, inexact, reflected=False):
        if isinstance(other, (int, Fraction)):
            if reflected:
                return exact(Fraction(other), self)
            return exact(self, Fraction(other))
        if isinstance(other, numbers.Rational) and not isinstance(other, float):
            o = Fraction(other.numerator, other.denominator)
            return exact(o, self) if reflected else exact(self, o)
        if isinstance(other, float):
            return inexact(other, float(self)) if reflected else inexact(float(self), other)
        if isinstance(other, complex):
            return inexact(other, complex(self)) if reflected else inexact(complex(self), other)
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction._sum(a._numerator, a._denominator, b._numerator, b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction._sum(a._numerator, a._denominator, -b._numerator, b._denominator)

    @staticmethod
    def _sum(na, da, nb, db):
        # na/da + nb/db in lowest terms with the gcds of small numbers
        # (Knuth, TAOCP 4.5.1): only a factor of gcd(da, db) can cancel.
        g = math.gcd(da, db)
        if g == 1:
            return Fraction._from_pair(na * db + nb * da, da * db)
        t = na * (db // g) + nb * (da // g)
        g2 = math.gcd(t, g)
        return Fraction._from_pair(t // g2, (da // g) * (db // g2))

    @staticmethod
    def _product(na, da, nb, db):
        # (na/da) * (nb/db) with each factor reduced first, so that the
        # result is in lowest terms; a zero denominator raises as
        # Fraction(n, 0) with n reduced (Fraction(2) / 0 names Fraction(1, 0)).
        g1 = math.gcd(na, db) or 1  # 0 only for 0/0
        g2 = math.gcd(nb, da)
        n = (na // g1) * (nb // g2)
        d = (da // g2) * (db // g1)
        if d < 0:
            n, d = -n, -d
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        return Fraction._from_pair(n, d)

    @staticmethod
    def _mul(a, b):
        return Fraction._product(a._numerator, a._denominator, b._numerator, b._denominator)

    @staticmethod
    def _div(a, b):
        return Fraction._product(a._numerator, a._denominator, b._denominator, b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(self, other):
        return self._operate(other, Fraction._add, operator.add)

    def __radd__(self, other):
        return self._operate(other, Fraction._add, operator.add, True)

    def __sub__(self, other):
        return self._operate(other, Fraction._sub, operator.sub)

    def __rsub__(self, other):
        return self._operate(other, Fraction._sub, operator.sub, True)

    def __mul__(self, other):
        return self._operate(other, Fraction._mul, operator.mul)

    def __rmul__(self, other):
        return self._operate(other, Fraction._mul, operator.mul, True)

    def __truediv__(self, other):
        return self._operate(other, Fraction._div, operator.truediv)

    def __rtruediv__(self, other):
        return self._operate(other, Fraction._div, operator.truediv, True)

    def __floordiv__(self, other):
        return self._operate(other, Fraction._floordiv, operator.floordiv)

    def __rfloordiv__(self, other):
        return self._operate(other, Fraction._floordiv, operator.floordiv, True)

    def __divmod__(self, other):
        return self._operate(other, Fraction._divmod, divmod)

    def __rdivmod__(self, other):
        return self._operate(other, Fraction._divmod, divmod, True)

    def __mod__(self, other):
        return self._operate(other, Fraction._mod, operator.mod)

    def __rmod__(self, other):
        return self._operate(other, Fraction._mod, operator.mod, True)

    def __pow__(self, b):
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_pair(self._numerator ** power,
                                               self._denominator ** power)
                if self._numerator > 0:
                    return Fraction._from_pair(self._denominator ** -power,
                                               self._numerator ** -power)
                if self._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (self._denominator ** -power))
                return Fraction._from_pair((-self._denominator) ** -power,
                                           (-self._numerator) ** -power)
            return float(self) ** float(b)
        return float(self) ** b

    def __rpow__(self, a):
        if self._denominator == 1 and self._numerator >= 0:
            return a ** self._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** self
        if self._denominator == 1:
            return a ** self._numerator
        return a ** float(self)

    def __pos__(self):
        return Fraction._from_pair(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._from_pair(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._from_pair(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not dinv:
            h = _HASH_INF
        else:
            h = abs(self._numerator) % _HASH_MODULUS * dinv % _HASH_MODULUS
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(self, b):
        if type(b) is int:
            return self._numerator == b and self._denominator == 1
        if isinstance(b, numbers.Rational):
            return self._numerator == b.numerator and self._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return self == self.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(self, other):
        return self._richcmp(other, operator.lt)

    def __gt__(self, other):
        return self._richcmp(other, operator.gt)

    def __le__(self, other):
        return self._richcmp(other, operator.le)

    def __ge__(self, other):
        return self._richcmp(other, operator.ge)

    def __bool__(self):
        return bool(self._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
