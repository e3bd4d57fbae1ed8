"""Python's operators as plain functions.

operator.add(x, y) does what x + y does, operator.getitem(s, k) what s[k]
does, and so on. Each function is also reachable under its dunder name
(operator.__add__ and operator.add are the same function). attrgetter,
itemgetter and methodcaller build small callables for key= arguments."""

import builtins as _builtins

__all__ = [
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains",
    "countOf", "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd",
    "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
    "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_",
    "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint",
    "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg",
    "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv",
    "truth", "xor",
]


def _as_int(value):
    """value converted through __index__, with the builtin error message."""
    if isinstance(value, int):
        return int.__index__(value)
    hook = getattr(type(value), "__index__", None)
    if hook is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        "interpreted as an integer")
    result = hook(value)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int "
                        f"(type {type(result).__name__})")
    return result


# --- comparisons and truth -------------------------------------------------

def lt(a, b):
    return a < b

def le(a, b):
    return a <= b

def eq(a, b):
    return a == b

def ne(a, b):
    return a != b

def ge(a, b):
    return a >= b

def gt(a, b):
    return a > b

def not_(a):
    return not a

def truth(a):
    return bool(a)

def is_(a, b):
    return a is b

def is_not(a, b):
    return a is not b


# --- arithmetic and bitwise ------------------------------------------------

def abs(a):
    return _builtins.abs(a)

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def matmul(a, b):
    return a @ b

def truediv(a, b):
    return a / b

def floordiv(a, b):
    return a // b

def mod(a, b):
    return a % b

def pow(a, b):
    return a ** b

def neg(a):
    return -a

def pos(a):
    return +a

def inv(a):
    return ~a

def invert(a):
    return ~a

def lshift(a, b):
    return a << b

def rshift(a, b):
    return a >> b

def and_(a, b):
    return a & b

def or_(a, b):
    return a | b

def xor(a, b):
    return a ^ b

def index(a):
    return _as_int(a)


# --- sequences and containers ----------------------------------------------

def _is_sequence(obj):
    kind = type(obj)
    return hasattr(kind, "__getitem__") and not issubclass(kind, dict)


def _check_concat(a, b):
    if not _is_sequence(a) or not (hasattr(type(a), "__add__")
                                   or hasattr(type(b), "__radd__")):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b):
    _check_concat(a, b)
    return a + b

def contains(a, b):
    return b in a

def _walk(seq):
    try:
        return iter(seq)
    except TypeError:
        raise TypeError(f"argument of type '{type(seq).__name__}' is not "
                        "iterable") from None

def countOf(a, b):
    found = 0
    for item in _walk(a):
        if item is b or item == b:
            found += 1
    return found

def indexOf(a, b):
    for position, item in enumerate(_walk(a)):
        if item is b or item == b:
            return position
    raise ValueError("sequence.index(x): x not in sequence")

def getitem(a, b):
    return a[b]

def setitem(a, b, c):
    a[b] = c

def delitem(a, b):
    del a[b]


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj.

    The exact len(obj) when obj supports len(); otherwise what its
    __length_hint__ says, or default when it says nothing."""
    default = _as_int(default)
    if hasattr(type(obj), "__len__"):
        try:
            return len(obj)
        except TypeError:
            pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    try:
        estimate = hint(obj)
    except TypeError:
        return default
    if estimate is NotImplemented:
        return default
    if not isinstance(estimate, int):
        raise TypeError("__length_hint__ must be an integer, not "
                        f"{type(estimate).__name__}")
    if estimate < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return estimate


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# --- in-place forms ---------------------------------------------------------

def iadd(a, b):
    a += b
    return a

def isub(a, b):
    a -= b
    return a

def imul(a, b):
    a *= b
    return a

def imatmul(a, b):
    a @= b
    return a

def itruediv(a, b):
    a /= b
    return a

def ifloordiv(a, b):
    a //= b
    return a

def imod(a, b):
    a %= b
    return a

def ipow(a, b):
    a **= b
    return a

def ilshift(a, b):
    a <<= b
    return a

def irshift(a, b):
    a >>= b
    return a

def iand(a, b):
    a &= b
    return a

def ior(a, b):
    a |= b
    return a

def ixor(a, b):
    a ^= b
    return a

def iconcat(a, b):
    _check_concat(a, b)
    a += b
    return a


# --- callable builders ------------------------------------------------------

def _final(cls):
    """Refuse subclasses, like the builtin classes this module offers."""
    def __init_subclass__(sub, **kwargs):
        raise TypeError(f"type 'operator.{cls.__name__}' is not an "
                        "acceptable base type")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


def _one_argument(who, args, kwargs):
    if kwargs:
        raise TypeError(f"{who}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"{who} expected 1 argument, got {len(args)}")
    return args[0]


@_final
class attrgetter:
    """attrgetter(attr, ...) --> attrgetter object

    Calling it on obj fetches the named attribute; dotted names such as
    'a.b' follow a chain of attributes, and with several names the result
    is a tuple."""

    __slots__ = ("_names", "_paths")

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not names:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for name in names:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._names = names
        self._paths = tuple(tuple(name.split(".")) for name in names)

    @staticmethod
    def _follow(obj, path):
        for step in path:
            obj = getattr(obj, step)
        return obj

    def __call__(self, *args, **kwargs):
        obj = _one_argument("attrgetter", args, kwargs)
        if len(self._paths) == 1:
            return self._follow(obj, self._paths[0])
        return tuple(self._follow(obj, path) for path in self._paths)

    def __repr__(self):
        shown = ", ".join(repr(name) for name in self._names)
        return f"operator.attrgetter({shown})"

    def __reduce__(self):
        return type(self), self._names


@_final
class itemgetter:
    """itemgetter(item, ...) --> itemgetter object

    Calling it on obj returns obj[item]; with several items the result is
    a tuple of the lookups."""

    __slots__ = ("_keys",)

    def __init__(self, *keys, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not keys:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._keys = keys

    def __call__(self, *args, **kwargs):
        obj = _one_argument("itemgetter", args, kwargs)
        keys = self._keys
        if len(keys) == 1:
            return obj[keys[0]]
        return tuple(obj[key] for key in keys)

    def __repr__(self):
        shown = ", ".join(repr(key) for key in self._keys)
        return f"operator.itemgetter({shown})"

    def __reduce__(self):
        return type(self), self._keys


@_final
class methodcaller:
    """methodcaller(name, /, *args, **kwargs) --> methodcaller object

    Calling it on obj calls obj.name(*args, **kwargs)."""

    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, "
                            "the method name")
        self, name, *rest = args
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = tuple(rest)
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        obj = _one_argument("methodcaller", args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(repr(arg) for arg in self._args)
        parts.extend(f"{key}={value!r}" for key, value in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return (partial(type(self), self._name, **self._kwargs), self._args)


# --- docstrings -------------------------------------------------------------

_SPELLED = {
    "lt": "a < b", "le": "a <= b", "eq": "a == b", "ne": "a != b",
    "ge": "a >= b", "gt": "a > b", "not_": "not a", "is_": "a is b",
    "is_not": "a is not b", "abs": "abs(a)", "add": "a + b", "sub": "a - b",
    "mul": "a * b", "matmul": "a @ b", "truediv": "a / b",
    "floordiv": "a // b", "mod": "a % b", "pow": "a ** b", "neg": "-a",
    "pos": "+a", "inv": "~a", "invert": "~a", "lshift": "a << b",
    "rshift": "a >> b", "and_": "a & b", "or_": "a | b", "xor": "a ^ b",
    "getitem": "a[b]", "setitem": "a[b] = c", "delitem": "del a[b]",
    "call": "obj(*args, **kwargs)", "contains": "b in a (note reversed operands)",
    "concat": "a + b, for a and b sequences",
    "iconcat": "a += b, for a and b sequences",
}
_SPELLED.update(iadd="a += b", isub="a -= b", imul="a *= b", imatmul="a @= b",
                itruediv="a /= b", ifloordiv="a //= b", imod="a %= b",
                ipow="a **= b", ilshift="a <<= b", irshift="a >>= b",
                iand="a &= b", ior="a |= b", ixor="a ^= b")
for _name, _text in _SPELLED.items():
    globals()[_name].__doc__ = f"Same as {_text}."
truth.__doc__ = "Return True if a is true, False otherwise."
index.__doc__ = "Same as a.__index__()"
countOf.__doc__ = "Return the number of items in a which are, or which equal, b."
indexOf.__doc__ = "Return the first index of b in a."
del _name, _text, _SPELLED


# --- the dunder spellings ---------------------------------------------------

def _dunder_aliases():
    table = globals()
    for name in ("lt", "le", "eq", "ne", "ge", "gt", "abs", "add", "sub",
                 "mul", "matmul", "truediv", "floordiv", "mod", "pow", "neg",
                 "pos", "inv", "invert", "lshift", "rshift", "index", "call",
                 "concat", "contains", "getitem", "setitem", "delitem",
                 "iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv",
                 "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor",
                 "iconcat"):
        table[f"__{name}__"] = table[name]
    # names that end with an underscore drop it in their dunder form
    for name in ("not_", "and_", "or_", "xor"):
        table[f"__{name.rstrip('_')}__"] = table[name]


_dunder_aliases()
del _dunder_aliases
