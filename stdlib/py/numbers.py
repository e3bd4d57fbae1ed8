"""The numeric tower of PEP 3141 as abstract base classes.

Number > Complex > Real > Rational > Integral: each level lists the
operations a number of that kind supports (as abstract methods a concrete
class must define) and derives a few of them from the others. The builtin
complex, float and int are registered at their levels.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


# The abstract operations are made by these factories, which differ only in
# the parameters of the method they make. Calling one (through super(), say)
# raises NotImplementedError; @_named gives each its name once its class
# exists.

def _abstract(method, doc):
    method.__doc__ = doc
    method._needs_name = True
    return abstractmethod(method)


def _unary(doc):
    def method(self):
        raise NotImplementedError
    return _abstract(method, doc)


def _binary(doc):
    def method(self, other):
        raise NotImplementedError
    return _abstract(method, doc)


def _ternary(doc):
    def method(self, exponent, modulus=None):
        raise NotImplementedError
    return _abstract(method, doc)


def _rounding(doc):
    def method(self, ndigits=None):
        raise NotImplementedError
    return _abstract(method, doc)


def _abstract_property(doc):
    return property(_unary(doc), doc=doc)


def _named(cls):
    for name, member in vars(cls).items():
        func = member.fget if isinstance(member, property) else member
        if getattr(func, "_needs_name", False):
            del func._needs_name
            func.__name__ = name
            func.__qualname__ = cls.__qualname__ + "." + name
    return cls


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class.

    Use isinstance(x, Number) to check whether x is a number of any kind.
    """

    __slots__ = ()

    # Numbers of different kinds that compare equal must hash equal, which
    # only concrete classes can arrange.
    __hash__ = None


@_named
class Complex(Number):
    """Complex defines the operations that work on the builtin complex type.

    These are conversion to complex, .real and .imag, the arithmetic
    operators + - * / ** with their reflected forms, abs(), conjugate()
    and == (and !=). Subtraction and truth testing come for free.
    """

    __slots__ = ()

    # Conversions and parts.

    __complex__ = _unary('Convert to the builtin complex type.')

    def __bool__(self):
        """A number is true unless it equals zero."""
        return self != 0

    real = _abstract_property('The real component of this number.')
    imag = _abstract_property('The imaginary component of this number.')
    conjugate = _unary('Return the complex conjugate, (x+yj).conjugate() == x-yj.')

    # Arithmetic.

    __add__ = _binary('Return self + other.')
    __radd__ = _binary('Return other + self.')

    def __sub__(self, other):
        """Return self - other, computed as self + -other."""
        return self + -other

    def __rsub__(self, other):
        """Return other - self, computed as -self + other."""
        return -self + other

    __mul__ = _binary('Return self * other.')
    __rmul__ = _binary('Return other * self.')
    __truediv__ = _binary('Return self / other, exact division.')
    __rtruediv__ = _binary('Return other / self, exact division.')
    __pow__ = _binary('Return self ** exponent, promoting to float or complex as needed.')
    __rpow__ = _binary('Return base ** self.')
    __neg__ = _unary('Return -self.')
    __pos__ = _unary('Return +self.')
    __abs__ = _unary('Return the magnitude of self, a Real.')
    __eq__ = _binary('Return self == other.')


Complex.register(complex)


@_named
class Real(Complex):
    """To Complex, Real adds the operations that work on real numbers.

    These are conversion to float, math.trunc(), math.floor(),
    math.ceil(), round(), divmod(), //, % and the orderings < and <=.
    Complex's conversion, real, imag and conjugate() are derived here.
    """

    __slots__ = ()

    # What a real number gives Complex.

    real = property(lambda self: +self, doc="A real number is its own real part.")
    imag = property(lambda self: 0, doc="A real number has no imaginary part.")

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self

    def __complex__(self):
        """Convert through float to the builtin complex type."""
        return complex(float(self))

    __float__ = _unary('Convert to the builtin float type.')
    __trunc__ = _unary('Return the Integral nearest to self between it and 0.')
    __floor__ = _unary('Return the largest Integral not above self.')
    __ceil__ = _unary('Return the smallest Integral not below self.')

    __round__ = _rounding('Round self to ndigits decimal places (default 0), half to even.')

    def __divmod__(self, other):
        """Return the pair (self // other, self % other)."""
        return self // other, self % other

    def __rdivmod__(self, other):
        """Return the pair (other // self, other % self)."""
        return other // self, other % self

    __floordiv__ = _binary('Return self // other, the floor of the quotient.')
    __rfloordiv__ = _binary('Return other // self, the floor of the quotient.')
    __mod__ = _binary('Return self % other.')
    __rmod__ = _binary('Return other % self.')
    __lt__ = _binary('Return self < other; only a total order is meaningful here.')
    __le__ = _binary('Return self <= other.')


Real.register(float)


@_named
class Rational(Real):
    """.numerator and .denominator should be in lowest terms."""

    __slots__ = ()

    numerator = _abstract_property('The numerator, in lowest terms.')
    denominator = _abstract_property('The positive denominator, in lowest terms.')

    def __float__(self):
        """Convert to float by dividing the integer parts.

        int / int rounds correctly, so the result is the float nearest
        to the exact value.
        """
        return int(self.numerator) / int(self.denominator)


@_named
class Integral(Rational):
    """Integral adds methods that work on integral numbers.

    These are conversion to int, pow() with a modulus and the bitwise
    operations << >> & ^ | ~.
    """

    __slots__ = ()

    # What an integer gives Real and Rational.

    numerator = property(lambda self: +self, doc="An integer is its own numerator.")
    denominator = property(lambda self: 1, doc="An integer's denominator is 1.")

    def __float__(self):
        """Convert through int to the builtin float type."""
        return float(int(self))

    __int__ = _unary('Convert to the builtin int type.')

    def __index__(self):
        """Let self be used as an index: same as int(self)."""
        return int(self)

    __pow__ = _ternary('Return self ** exponent % modulus, maybe computed faster.')
    __lshift__ = _binary('Return self << other.')
    __rlshift__ = _binary('Return other << self.')
    __rshift__ = _binary('Return self >> other.')
    __rrshift__ = _binary('Return other >> self.')
    __and__ = _binary('Return self & other.')
    __rand__ = _binary('Return other & self.')
    __xor__ = _binary('Return self ^ other.')
    __rxor__ = _binary('Return other ^ self.')
    __or__ = _binary('Return self | other.')
    __ror__ = _binary('Return other | self.')
    __invert__ = _unary('Return ~self.')


Integral.register(int)
