package stdlib

// decimalPrelude is the Python half of the decimal module.
const decimalPrelude = `
import math as _math
import numbers as _numbers
import re as _re

_FORMAT_SPEC = _re.compile(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<z>z)?(?P<zero>0)?(?P<width>\d+)?(?P<grouping>,)?(?:\.(?P<prec>\d+))?(?P<type>[a-zA-Z%])?\Z', _re.DOTALL)

def _sign_text(neg, sign):
    if neg:
        return '-'
    return sign if sign in ('+', ' ') else ''

def _group_digits(ip, sep, minwidth):
    # ip in groups of three joined by sep (no grouping when sep is
    # empty), left-padded with zeros (and separators) to minwidth.
    if not sep:
        return ip.rjust(minwidth, '0')
    groups = []
    while True:
        n = min(max(len(ip), minwidth, 1), 3)
        groups.append(ip[-n:].rjust(n, '0') if ip else '0' * n)
        ip = ip[:-n] if len(ip) > n else ''
        minwidth -= n
        if not ip and minwidth <= 0:
            break
        minwidth -= len(sep)
    return sep.join(reversed(groups))

def _text(neg, digits, exp):
    return ('-' if neg else '') + ''.join(map(str, digits)) + 'E%d' % exp

def _round_digits(neg, digits, exp, n, rounding):
    # (neg, digits, exp) rounded to n significant digits, a nonzero
    # padded with zeros to n; a zero is left as it is.
    if not any(digits):
        return neg, digits, exp
    neg, digits, exp = _info(_op('plus', _text(neg, digits, exp), '', n, rounding, MIN_EMIN, MAX_EMAX)[0])
    pad = n - len(digits)
    if pad > 0:
        digits, exp = tuple(digits) + (0,) * pad, exp - pad
    return neg, digits, exp

def _pad(sign, body, fill, align, width):
    pad = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + pad
    if align == '=':
        return sign + pad + body
    if align == '^':
        half = len(pad) // 2
        return pad[:half] + sign + body + pad[half:]
    return pad + sign + body

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

__version__ = '1.70'
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
           DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    _c.__module__ = 'decimal'

# the order of a context's flags and traps dicts
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]
# the order Context's repr lists them in (libmpdec's bits)
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal, Underflow]

# apd condition bit -> (signal whose flag is set, condition named in the message)
_CONDS = [
    (_C_INVALID, InvalidOperation, InvalidOperation),
    (_C_DIVUNDEF, InvalidOperation, DivisionUndefined),
    (_C_DIVIMPOSSIBLE, InvalidOperation, DivisionImpossible),
    (_C_DIVZERO, DivisionByZero, DivisionByZero),
    (_C_OVERFLOW, Overflow, Overflow),
    (_C_SYSOVER, Overflow, Overflow),
    (_C_UNDERFLOW, Underflow, Underflow),
    (_C_SYSUNDER, Underflow, Underflow),
    (_C_SUBNORMAL, Subnormal, Subnormal),
    (_C_INEXACT, Inexact, Inexact),
    (_C_ROUNDED, Rounded, Rounded),
    (_C_CLAMPED, Clamped, Clamped),
]

class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('<class %r>:%s' % ('decimal.' + k.__name__, v) for k, v in self.items()) + '}'

class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            base = dc.traps if dc else {InvalidOperation: True, DivisionByZero: True, Overflow: True}
            self.traps = _SignalDict((s, bool(base.get(s, False))) for s in _SIGNALS)
        elif isinstance(traps, dict):
            self.traps = _SignalDict((s, bool(traps.get(s, False))) for s in _SIGNALS)
        else:
            self.traps = _SignalDict((s, s in traps) for s in _SIGNALS)
        if flags is None:
            self.flags = _SignalDict((s, False) for s in _SIGNALS)
        elif isinstance(flags, dict):
            self.flags = _SignalDict((s, bool(flags.get(s, False))) for s in _SIGNALS)
        else:
            self.flags = _SignalDict((s, s in flags) for s in _SIGNALS)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name == 'Emin':
            if value > 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if value < 0:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name not in ('traps', 'flags'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def _apply(self, conds):
        if conds & (_C_SYSOVER | _C_SYSUNDER):
            # apd cannot compute with exponents beyond its +-100000; its
            # result would be wrong, so the operation fails whatever the traps.
            sig = Overflow if conds & _C_SYSOVER else Underflow
            self.flags[sig] = True
            raise sig([sig])
        trapped = []
        for bit, sig, named in _CONDS:
            if conds & bit:
                self.flags[sig] = True
                if self.traps.get(sig) and named not in trapped:
                    trapped.append(named)
        if trapped:
            cls = trapped[0]
            for named in trapped:
                if issubclass(named, InvalidOperation):
                    cls = InvalidOperation
                    break
                if named is DivisionByZero:
                    cls = DivisionByZero
            if cls is InvalidOperation and any(issubclass(n, InvalidOperation) for n in trapped):
                trapped = [n for n in trapped if issubclass(n, InvalidOperation)]
            raise cls(trapped)

    def _run(self, op, a, b=''):
        text, conds = _op(op, a, b, self.prec, self.rounding, self.Emin, self.Emax)
        if conds:
            self._apply(conds)
        return Decimal._make(text)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, dict(self.flags), dict(self.traps))
    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        if d._is_special():
            return d
        return self._run('plus', d._s)

    def create_decimal_from_float(self, f):
        return self._run('plus', _from_float(f))

    def _convert(self, x):
        return _convert(x, True)

    def abs(self, a):
        return self._run('abs', self._convert(a)._s)

    def add(self, a, b):
        return self._run('add', self._convert(a)._s, self._convert(b)._s)

    def subtract(self, a, b):
        return self._run('sub', self._convert(a)._s, self._convert(b)._s)

    def multiply(self, a, b):
        return self._run('mul', self._convert(a)._s, self._convert(b)._s)

    def divide(self, a, b):
        return self._run('div', self._convert(a)._s, self._convert(b)._s)

    def divide_int(self, a, b):
        return self._run('divint', self._convert(a)._s, self._convert(b)._s)

    def remainder(self, a, b):
        return self._run('rem', self._convert(a)._s, self._convert(b)._s)

    def power(self, a, b, modulo=None):
        return self._convert(a).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return self._convert(a).sqrt(self)

    def exp(self, a):
        return self._convert(a).exp(self)

    def ln(self, a):
        return self._convert(a).ln(self)

    def log10(self, a):
        return self._convert(a).log10(self)

    def plus(self, a):
        return self._run('plus', self._convert(a)._s)

    def minus(self, a):
        return self._run('minus', self._convert(a)._s)

    def next_plus(self, a):
        return self._convert(a).next_plus(self)

    def next_minus(self, a):
        return self._convert(a).next_minus(self)

    def next_toward(self, a, b):
        return self._convert(a).next_toward(b, self)

    def quantize(self, a, b):
        return self._convert(a).quantize(b, context=self)

    def normalize(self, a):
        return self._convert(a).normalize(self)

    def compare(self, a, b):
        return self._convert(a).compare(b, self)

    def to_integral_value(self, a):
        return self._convert(a).to_integral_value(context=self)

    def max(self, a, b):
        return self._convert(a).max(b, self)

    def min(self, a, b):
        return self._convert(a).min(b, self)

    def to_sci_string(self, a):
        return str(self._convert(a))

    def to_eng_string(self, a):
        return self._convert(a).to_eng_string(self)

    def divmod(self, a, b):
        return self._convert(a).__divmod__(self._convert(b), self)

    def remainder_near(self, a, b):
        return self._convert(a).remainder_near(b, self)

    def fma(self, a, b, c):
        return self._convert(a).fma(b, c, self)

    def scaleb(self, a, b):
        return self._convert(a).scaleb(b, self)

    def to_integral_exact(self, a):
        return self._convert(a).to_integral_exact(context=self)

    to_integral = to_integral_value

    def copy_decimal(self, a):
        return Decimal(self._convert(a))

    def radix(self):
        return Decimal(10)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        return self.canonical(a).is_canonical()


    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])' %
                (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                 ', '.join(s.__name__ for s in _REPR_ORDER if self.flags.get(s)),
                 ', '.join(s.__name__ for s in _REPR_ORDER if self.traps.get(s))))

# The Context methods that call the Decimal method of their first operand
# with the context (takes_context) or without, passing the other operands.
def _context_method(name, takes_context):
    def method(self, a, *rest):
        m = getattr(self._convert(a), name)
        return m(*rest, self) if takes_context else m(*rest)
    method.__name__ = name
    return method

for _name in ('logb', 'number_class', 'is_normal', 'is_subnormal', 'compare_signal', 'compare_total',
              'compare_total_mag', 'max_mag', 'min_mag', 'logical_and', 'logical_or', 'logical_xor',
              'logical_invert', 'rotate', 'shift'):
    setattr(Context, _name, _context_method(_name, True))
for _name in ('is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero',
              'copy_abs', 'copy_negate', 'copy_sign', 'same_quantum'):
    setattr(Context, _name, _context_method(_name, False))
del _name

Context.__module__ = 'decimal'

DefaultContext = Context(28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [], [InvalidOperation, DivisionByZero, Overflow])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[Clamped, DivisionByZero, InvalidOperation, Overflow, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = None

def getcontext():
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current

def setcontext(context):
    global _current
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _current = context

class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()
    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context
    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)

def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    mgr = _ContextManager(ctx)
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(mgr.new_context, k, v)
    return mgr

def _convert(x, raise_type=False, allow_float=False):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if allow_float and isinstance(x, float):
        getcontext().flags[FloatOperation] = True
        return Decimal(x)
    if raise_type:
        raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)
    return NotImplemented

class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))
    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])
    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)

_MODULUS = 2305843009213693951
_INF_HASH = 314159

class Decimal(object):
    __slots__ = ('_s',)

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            object.__setattr__(self, '_s', value._s)
            return self
        if isinstance(value, bool) or isinstance(value, int):
            object.__setattr__(self, '_s', str(int(value)))
            return self
        if isinstance(value, float):
            (context or getcontext()).flags[FloatOperation] = True
            object.__setattr__(self, '_s', _from_float(value))
            return self
        if isinstance(value, str):
            s = _parse(value)
            if s is None:
                if context is None:
                    context = getcontext()
                context.flags[InvalidOperation] = True
                if context.traps.get(InvalidOperation):
                    raise InvalidOperation([ConversionSyntax])
                s = 'NaN'
            object.__setattr__(self, '_s', s)
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            ds = ''.join(str(d) for d in digits)
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
            if exp == 'F':
                s = 'Infinity'
            elif exp in ('n', 'N'):
                s = ('NaN' if exp == 'n' else 'sNaN') + ds.lstrip('0')
            else:
                s = _op('canon', (ds or '0') + 'E' + str(exp), '', 28, ROUND_HALF_EVEN, -999999, 999999)[0]
            object.__setattr__(self, '_s', ('-' if sign else '') + s)
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def _make(cls, s):
        self = object.__new__(Decimal)
        object.__setattr__(self, '_s', s)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        return cls(f)

    def __setattr__(self, name, value):
        raise AttributeError("'decimal.Decimal' object attribute '%s' is read-only" % name)

    def _is_special(self):
        return self._s.lstrip('-')[:1] in ('N', 's', 'I')

    def is_nan(self):
        return self._s.lstrip('-')[:1] in ('N', 's')

    def is_qnan(self):
        return self._s.lstrip('-')[:1] == 'N'

    def is_snan(self):
        return self._s.lstrip('-')[:1] == 's'

    def is_infinite(self):
        return self._s.lstrip('-')[:1] == 'I'

    def is_finite(self):
        return not self._is_special()

    def is_signed(self):
        return self._s.startswith('-')

    def is_zero(self):
        return not self._is_special() and not any(c in '123456789' for c in self._s.split('E')[0])

    def is_normal(self, context=None):
        return self.is_finite() and not self.is_zero() and self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        return self.is_finite() and not self.is_zero() and self.adjusted() < (context or getcontext()).Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def as_tuple(self):
        return DecimalTuple(*_info(self._s))

    def as_integer_ratio(self):
        if self.is_nan():
            raise ValueError('cannot convert NaN to integer ratio')
        if self.is_infinite():
            raise OverflowError('cannot convert Infinity to integer ratio')
        sign, digits, exp = _info(self._s)
        n = int(''.join(map(str, digits)) or '0')
        if sign:
            n = -n
        if exp >= 0:
            return n * 10 ** exp, 1
        d = 10 ** -exp
        g = _math.gcd(n, d)
        return n // g, d // g

    def adjusted(self):
        sign, digits, exp = _info(self._s)
        if isinstance(exp, str):
            return 0
        return exp + len(digits) - 1

    def _ctx(self, context):
        return context if context is not None else getcontext()

    def _bin(self, op, other, context=None, reverse=False):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = self._ctx(context)
        if reverse:
            return ctx._run(op, other._s, self._s)
        return ctx._run(op, self._s, other._s)

    def __add__(self, other, context=None):
        return self._bin('add', other, context)

    def __radd__(self, other, context=None):
        return self._bin('add', other, context, True)

    def __sub__(self, other, context=None):
        return self._bin('sub', other, context)

    def __rsub__(self, other, context=None):
        return self._bin('sub', other, context, True)

    def __mul__(self, other, context=None):
        return self._bin('mul', other, context)

    def __rmul__(self, other, context=None):
        return self._bin('mul', other, context, True)

    def __truediv__(self, other, context=None):
        return self._bin('div', other, context)

    def __rtruediv__(self, other, context=None):
        return self._bin('div', other, context, True)

    def __floordiv__(self, other, context=None):
        return self._bin('divint', other, context)

    def __rfloordiv__(self, other, context=None):
        return self._bin('divint', other, context, True)

    def __mod__(self, other, context=None):
        return self._bin('rem', other, context)

    def __rmod__(self, other, context=None):
        return self._bin('rem', other, context, True)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return (self.__floordiv__(other, context), self.__mod__(other, context))

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._pow_mod(other, modulo, context)
        o = _convert(other)
        if o is NotImplemented:
            return o
        if o.is_infinite() and self.is_finite():
            return self._infinite_power(o, context)
        exact = self._exact_negative_power(o, context)
        if exact is not None:
            return exact
        return self._bin('pow', o, context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, None, context)

    def _infinite_power(self, o, context):
        # finite self ** +-Infinity: invalid for a negative self; 1 (to
        # full precision, inexact) when |self| is 1; else 0 or Infinity as
        # |self| and the exponent's sign say.
        if self.is_signed() and not self.is_zero():
            return self._invalid(context)
        c = int(_op('cmp', self._s, '1', 28, ROUND_HALF_EVEN, -999999, 999999)[0])
        if c == 0:
            ctx = self._ctx(context)
            ctx._apply(_C_INEXACT | _C_ROUNDED)
            return Decimal((0, (1,) + (0,) * (ctx.prec - 1), 1 - ctx.prec))
        return Decimal('Infinity' if (c < 0) == o.is_signed() else 0)

    def _exact_negative_power(self, o, context):
        # self ** o for an integral o < 0 whose result is exact within the
        # context's precision: 1 / self**-o with the ideal exponent of that
        # quotient, -(self's exponent * -o), as near as the digits allow.
        # None when it is not exact (apd's pow rounds it).
        if not (self.is_finite() and o.is_finite() and not self.is_zero() and o < 0 and o == o.to_integral_value()):
            return None
        k = -int(o)
        prec = self._ctx(context).prec
        sign, digits, exp = _info(self._s)
        if tuple(digits) != (1,) and k > 4 * prec:
            return None  # 1/c**k has more than prec digits for any c > 1
        if tuple(digits) == (1,):
            e = -exp * k  # a power of ten: its power is exact
            if abs(e) > 99999:
                return None
            return Decimal((sign if k % 2 else 0, (1,), e))
        n, d = self.as_integer_ratio()
        num, den = d ** k, n ** k
        if den < 0:
            num, den = -num, -den
        m = den
        while m % 2 == 0:
            m //= 2
        while m % 5 == 0:
            m //= 5
        if m != 1:
            return None
        scale = 0
        while den != 1:
            num *= 10
            scale += 1
            g = _math.gcd(num, den)
            num //= g
            den //= g
        exp, ideal = -scale, -exp * k
        while exp < ideal and num % 10 == 0:
            num //= 10
            exp += 1
        digits = str(abs(num))
        if len(digits) > prec:
            return None
        return Decimal((1 if num < 0 else 0, tuple(map(int, digits)), exp))

    def _pow_mod(self, other, modulo, context):
        # pow(self, other, modulo): all three integers, other >= 0, modulo
        # nonzero with at most prec digits; the result has exponent 0 and
        # self's sign when other is odd.
        other, modulo = _convert(other), _convert(modulo)
        if other is NotImplemented or modulo is NotImplemented:
            return NotImplemented
        ops = (self, other, modulo)
        for x in ops:
            if x.is_snan():
                self._ctx(context)._apply(_C_INVALID)
                return Decimal._make(x._s.replace('sNaN', 'NaN'))
        for x in ops:
            if x.is_nan():
                return x
        if (any(not x.is_finite() or x != x.to_integral_value() for x in ops) or other.is_signed() and not other.is_zero()
                or modulo.is_zero() or self.is_zero() and other.is_zero()
                or len(str(abs(int(modulo)))) > self._ctx(context).prec):
            return self._invalid(context)
        e = int(other)
        r = pow(abs(int(self)), e, abs(int(modulo)))
        return Decimal((1 if self.is_signed() and e % 2 else 0, tuple(map(int, str(r))), 0))

    def __neg__(self, context=None):
        return self._ctx(context)._run('minus', self._s)

    def __pos__(self, context=None):
        return self._ctx(context)._run('plus', self._s)

    def __abs__(self, round=True, context=None):
        if not round:
            return Decimal._make(self._s.lstrip('-'))
        return self._ctx(context)._run('abs', self._s)

    def copy_abs(self):
        return Decimal._make(self._s.lstrip('-'))

    def copy_negate(self):
        return Decimal._make(self._s[1:] if self._s.startswith('-') else '-' + self._s)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        s = self._s.lstrip('-')
        return Decimal._make('-' + s if other.is_signed() else s)

    def _cmp(self, other):
        return _op('cmp', self._s, other._s, 28, ROUND_HALF_EVEN, -999999, 999999)[0]

    def _cmp_other(self, other, op):
        if isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            other = Decimal(other)
        else:
            rational = other
            other = _convert(other)
            if other is NotImplemented:
                if not isinstance(rational, _numbers.Rational):
                    return NotImplemented
                # self == n/d exactly when self*d == n
                other = Decimal(rational.numerator)
                if not self._is_special():
                    sign, digits, exp = _info(self._s)
                    coeff = int(''.join(map(str, digits))) * rational.denominator
                    self = Decimal((sign, tuple(map(int, str(coeff))), exp))
        if self.is_nan() or other.is_nan():
            if op in ('eq', 'ne'):
                if self.is_snan() or other.is_snan():
                    getcontext()._apply(_C_INVALID)
                return op == 'ne'
            getcontext()._apply(_C_INVALID)
            return False
        c = int(self._cmp(other))
        return {'eq': c == 0, 'ne': c != 0, 'lt': c < 0, 'le': c <= 0, 'gt': c > 0, 'ge': c >= 0}[op]

    def __eq__(self, other):
        return self._cmp_other(other, 'eq')

    def __ne__(self, other):
        return self._cmp_other(other, 'ne')

    def __lt__(self, other):
        return self._cmp_other(other, 'lt')

    def __le__(self, other):
        return self._cmp_other(other, 'le')

    def __gt__(self, other):
        return self._cmp_other(other, 'gt')

    def __ge__(self, other):
        return self._cmp_other(other, 'ge')

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return Decimal('NaN')
        return Decimal(int(self._cmp(other)))

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        return Decimal(int(_op('cmptotal', self._s, other._s, 28, ROUND_HALF_EVEN, -999999, 999999)[0]))

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_convert(other, True).copy_abs())

    def compare_signal(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            self._ctx(context)._apply(_C_INVALID)
        return self.compare(other, context)

    def max_mag(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return self.max(other, context)
        c = int(_op('cmp', self._s.lstrip('-'), other._s.lstrip('-'), 28, ROUND_HALF_EVEN, -999999, 999999)[0])
        if c == 0:
            return self.max(other, context)
        return self._ctx(context)._run('plus', (self if c > 0 else other)._s)

    def min_mag(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return self.min(other, context)
        c = int(_op('cmp', self._s.lstrip('-'), other._s.lstrip('-'), 28, ROUND_HALF_EVEN, -999999, 999999)[0])
        if c == 0:
            return self.min(other, context)
        return self._ctx(context)._run('plus', (self if c < 0 else other)._s)

    def _invalid(self, context):
        self._ctx(context)._apply(_C_INVALID)
        return Decimal('NaN')

    def _digit_count(self, other, context):
        # shift's and rotate's count: an integer with exponent 0 within
        # [-prec, prec], or None (InvalidOperation).
        other = _convert(other, True)
        prec = self._ctx(context).prec
        if other._is_special() or _info(other._s)[2] != 0 or abs(int(other)) > prec:
            return None
        return int(other)

    def _digit_move(self, other, context, move):
        # shift and rotate: NaNs and infinities as the specification
        # says, else move(digits text, n, prec) -> the new digits text.
        n = self._digit_count(other, context)
        if self.is_nan() or (n is not None and self.is_infinite()):
            return self._bin('add', Decimal(0), context) if self.is_nan() else Decimal(self)
        if n is None:
            return self._invalid(context)
        sign, digits, exp = _info(self._s)
        ds = move(''.join(map(str, digits)), n, self._ctx(context).prec)
        return Decimal((sign, tuple(map(int, ds)), exp))

    def shift(self, other, context=None):
        def move(ds, n, prec):
            c = int(ds)
            return str(c * 10 ** n % 10 ** prec if n >= 0 else c // 10 ** -n)
        return self._digit_move(other, context, move)

    def rotate(self, other, context=None):
        def move(ds, n, prec):
            ds = ds[-prec:].rjust(prec, '0')
            n %= prec
            return ds[n:] + ds[:n]
        return self._digit_move(other, context, move)

    def _logical_digits(self, context):
        # The digits of a logical operand (a non-negative integer of 0s
        # and 1s) as a string of prec digits, or None.
        if self._is_special():
            return None
        sign, digits, exp = _info(self._s)
        prec = self._ctx(context).prec
        if sign or exp != 0 or len(digits) > prec or any(d > 1 for d in digits):
            return None
        return ''.join(map(str, digits)).rjust(prec, '0')

    def _logical(self, other, context, fn):
        a = self._logical_digits(context)
        b = _convert(other, True)._logical_digits(context) if other is not None else a
        if a is None or b is None:
            return self._invalid(context)
        return Decimal(''.join(str(fn(int(x), int(y))) for x, y in zip(a, b)).lstrip('0') or '0')

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        return self._logical(None, context, lambda x, y: 1 - x)

    def max(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan():
            return other if not other.is_nan() else self
        if other.is_nan():
            return self
        r = self if int(self._cmp(other)) >= 0 else other
        return self._ctx(context)._run('plus', r._s)

    def min(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan():
            return other if not other.is_nan() else self
        if other.is_nan():
            return self
        r = self if int(self._cmp(other)) <= 0 else other
        return self._ctx(context)._run('plus', r._s)

    def __hash__(self):
        if self.is_snan():
            raise TypeError('Cannot hash a signaling NaN value')
        if self.is_nan():
            return object.__hash__(self)
        if self.is_infinite():
            return -_INF_HASH if self.is_signed() else _INF_HASH
        sign, digits, exp = _info(self._s)
        n = int(''.join(map(str, digits)) or '0')
        if exp >= 0:
            h = n * pow(10, exp, _MODULUS) % _MODULUS
        else:
            h = n * pow(pow(10, -exp, _MODULUS), _MODULUS - 2, _MODULUS) % _MODULUS
        if sign:
            h = -h
        return -2 if h == -1 else h

    def __bool__(self):
        return self.is_nan() or not self.is_zero()

    def __int__(self):
        if self.is_nan():
            raise ValueError('cannot convert NaN to integer')
        if self.is_infinite():
            raise OverflowError('cannot convert Infinity to integer')
        return _to_int(self._s)

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self.is_signed() else 'nan')
        return float(self._s)

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self._ctx(None)._run_round(ROUND_FLOOR, self))

    def __ceil__(self):
        return int(self._ctx(None)._run_round(ROUND_CEILING, self))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(Decimal('1E%d' % -n))
        if self._is_special():
            return int(self)  # int()'s ValueError or OverflowError
        return int(self.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        ctx = self._ctx(context)
        if rounding is not None:
            ctx = ctx.copy()
            ctx.rounding = rounding
            r = ctx._run('quantize', self._s, exp._s)
            for s, v in ctx.flags.items():
                if v:
                    self._ctx(context).flags[s] = True
            return r
        return ctx._run('quantize', self._s, exp._s)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        a, b = _info(self._s)[2], _info(other._s)[2]
        if isinstance(a, str) or isinstance(b, str):
            return isinstance(a, str) and isinstance(b, str) and (a == 'F') == (b == 'F')
        return a == b

    def to_integral_value(self, rounding=None, context=None):
        if self.is_finite() and _info(self._s)[2] >= 0:
            return self  # already integral: unchanged (1E+5 stays 1E+5)
        ctx = self._ctx(context).copy()
        if rounding is not None:
            ctx.rounding = rounding
        ctx.traps = _SignalDict((s, False) for s in _SIGNALS)
        return ctx._run('toint', self._s)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if self.is_finite() and _info(self._s)[2] >= 0:
            return self
        ctx = self._ctx(context)
        if rounding is not None:
            ctx = ctx.copy()
            ctx.rounding = rounding
        return ctx._run('toint_exact', self._s)

    def normalize(self, context=None):
        return self._ctx(context)._run('reduce', self._s)

    def sqrt(self, context=None):
        return self._ctx(context)._run('sqrt', self._s)

    def next_plus(self, context=None):
        return self._ctx(context)._run('next_plus', self._s)

    def next_minus(self, context=None):
        return self._ctx(context)._run('next_minus', self._s)

    def next_toward(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return self._bin('add', other, context)  # arithmetic's NaN rules
        c = int(self._cmp(other))
        if c == 0:
            return self.copy_sign(other)
        return self.next_plus(context) if c < 0 else self.next_minus(context)

    def exp(self, context=None):
        return self._ctx(context)._run('exp', self._s)

    def ln(self, context=None):
        return self._ctx(context)._run('ln', self._s)

    def log10(self, context=None):
        if self.is_finite() and not self.is_signed():
            sign, digits, exp = _info(self._s)
            ds = ''.join(map(str, digits)).rstrip('0')
            if ds == '1':
                return Decimal(self.adjusted())
        return self._ctx(context)._run('log10', self._s)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        third = _convert(third, True)
        ctx = self._ctx(context)
        big = ctx.copy()
        big.prec = 999999
        return ctx._run('add', big._run('mul', self._s, other._s)._s, third._s)

    def remainder_near(self, other, context=None):
        # self - q*other with q the integer nearest self/other (ties to
        # even): the truncated remainder, moved by |other| when it is more
        # than half of it.
        other = _convert(other, True)
        ctx = self._ctx(context)
        if self.is_nan() or other.is_nan():
            return self._bin('add', other, context)  # arithmetic's NaN rules
        if self.is_infinite() or other.is_zero():
            return self._invalid(context)
        if other.is_infinite():
            return ctx._run('plus', self._s)
        q = ctx._run('divint', self._s, other._s)
        r = ctx._run('rem', self._s, other._s)
        rn, rd = r.copy_abs().as_integer_ratio()
        bn, bd = other.copy_abs().as_integer_ratio()
        twice, whole = 2 * rn * bd, bn * rd
        if twice > whole or twice == whole and int(q) % 2:
            step = other.copy_abs() if r.is_signed() else other.copy_abs().copy_negate()
            r = ctx._run('add', r._s, step._s)
        return r

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        sign, digits, exp = _info(self._s)
        if isinstance(exp, str):
            return self
        return self._ctx(context)._run('plus', Decimal((sign, digits, exp + int(other)))._s)

    def logb(self, context=None):
        return Decimal(self.adjusted())

    def number_class(self, context=None):
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self.is_signed() else '+'
        if self.is_infinite():
            return sign + 'Infinity'
        if self.is_zero():
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __str__(self):
        # the exponent's letter is the current context's (capitals)
        return self._s if getcontext().capitals else self._s.replace('E', 'e')

    def to_eng_string(self, context=None):
        s = _eng(self._s)
        return s if self._ctx(context).capitals else s.replace('E', 'e')

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec, _localeconv=None):
        # The format spec of libmpdec: [[fill]align][sign][z][0][width][,]
        # [.precision][type]; no '#' and no '_'. Without a type a number
        # is written as str() writes it (type 'G', or 'g' when the
        # context's capitals is 0), rounded to precision digits if given.
        if not spec:
            return str(self)
        m = _FORMAT_SPEC.match(spec)
        if m is None:
            raise ValueError('invalid format string')
        fill, align, sign, nonegzero, zero, width, grouping, prec, kind = m.group(
            'fill', 'align', 'sign', 'z', 'zero', 'width', 'grouping', 'prec', 'type')
        if zero and align:
            raise ValueError('invalid format string')
        if kind is not None and kind not in 'eEfFgGn%':
            raise ValueError('invalid format string')
        if kind == 'n' and grouping:
            raise ValueError('invalid format string')
        width = int(width) if width else 0
        fill = fill or ' '
        align = align or '>'
        ctx = getcontext()
        if self._is_special():
            body = {'N': 'NaN', 's': 'sNaN', 'I': 'Infinity'}[self._s.lstrip('-')[0]]
            if kind == '%':
                body += '%'
            return _pad(_sign_text(self.is_signed(), sign), body, fill, align, width)
        if kind is None:
            kind = 'G' if ctx.capitals else 'g'
        elif kind == 'n':
            kind = 'g'
        prec = int(prec) if prec is not None else None
        if prec == 0 and kind in 'gG':
            prec = 1
        neg, digits, exp = _info(self._s)
        if kind == '%':
            exp += 2
        if prec is not None:
            if kind in 'eE':
                neg, digits, exp = _round_digits(neg, digits, exp, prec + 1, ctx.rounding)
            elif kind in 'fF%':
                # quantize to 10**-prec; the result has at most this many digits
                wide = max(exp + len(digits), 1) + prec + 1
                neg, digits, exp = _info(_op('quantize', _text(neg, digits, exp), '1E%d' % -prec,
                                             wide, ctx.rounding, MIN_EMIN, MAX_EMAX)[0])
            elif len(digits) > prec:
                neg, digits, exp = _round_digits(neg, digits, exp, prec, ctx.rounding)
        ds = ''.join(map(str, digits))
        is_zero = ds.strip('0') == ''
        if is_zero and exp > 0 and kind in 'fF%':
            exp = 0
        if is_zero and nonegzero:
            neg = 0
        left = exp + len(ds)  # digits before the point in plain notation
        if kind in 'eE':
            point = 1 - prec if is_zero and prec is not None else 1
        elif kind in 'fF%':
            point = left
        else:
            point = left if exp <= 0 and left > -6 else 1
        if point <= 0:
            intpart, fracpart = '0', '0' * -point + ds
        elif point >= len(ds):
            intpart, fracpart = ds + '0' * (point - len(ds)), ''
        else:
            intpart, fracpart = ds[:point], ds[point:]
        if fracpart:
            fracpart = '.' + fracpart
        e = left - point
        if e or kind in 'eE':
            fracpart += '%s%+d' % ('E' if kind in 'EG' else 'e', e)
        if kind == '%':
            fracpart += '%'
        signch = _sign_text(neg, sign)
        intpart = _group_digits(intpart, grouping or '', width - len(fracpart) - len(signch) if zero else 0)
        return _pad(signch, intpart + fracpart, fill, align, width)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

def _run_round(self, rounding, d):
    ctx = self.copy()
    ctx.rounding = rounding
    return ctx._run('toint', d._s)
Context._run_round = _run_round
del _run_round

Decimal.__module__ = 'decimal'
_set_display(Decimal, 'decimal.Decimal')
_set_display(Context, 'decimal.Context')

_numbers.Number.register(Decimal)
`
