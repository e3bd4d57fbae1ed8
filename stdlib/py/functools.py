"""Higher-order functions and operations on callable objects.

partial and partialmethod freeze some arguments of a call; wraps and
update_wrapper make a wrapper look like what it wraps; lru_cache, cache
and cached_property remember results; total_ordering completes the
comparison methods of a class; singledispatch and singledispatchmethod
choose an implementation by the type of the first argument; reduce folds
an iterable; cmp_to_key adapts an old-style comparison function.
"""

from abc import get_cache_token
from collections import namedtuple
import types
from types import GenericAlias, MappingProxyType
from _functools import cmp_to_key

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "partialmethod", "singledispatch", "singledispatchmethod",
           "cached_property"]


# --- update_wrapper and wraps -------------------------------------------------

# Attributes copied from the wrapped function onto the wrapper, and the
# attributes of the wrapper that are updated (dict.update) from it.
WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    missing = object()
    for name in assigned:
        value = getattr(wrapped, name, missing)
        if value is not missing:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last: updating __dict__ may have copied the wrapped function's
    # own __wrapped__, and the wrapper must point at the wrapped itself.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments. Default arguments are as for update_wrapper().
       This is a convenience function to simplify applying partial() to
       update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# --- reduce ---------------------------------------------------------------------

_NO_INITIAL = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

Apply a function of two arguments cumulatively to the items of a sequence
or iterable, from left to right, so as to reduce the iterable to a single
value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
of the iterable in the calculation, and serves as a default when the
iterable is empty.
"""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, sequence, initial = (args + (_NO_INITIAL,))[:3]
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    total = initial
    if total is _NO_INITIAL:
        for total in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        total = function(total, item)
    return total


# --- total_ordering ------------------------------------------------------------------

def _derived_comparison(root, combine, name, formula):
    """Make comparison method `name` from the class's `root` method.

    combine(result, self, other) turns the root's result into this one's;
    NotImplemented from the root is passed on unchanged.
    """
    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(result, self, other)
    compare.__name__ = name
    compare.__qualname__ = name
    compare.__doc__ = "Return a %s b.  Computed by @total_ordering from %s." % (
        _SYMBOLS[name], formula)
    return compare


_SYMBOLS = {"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}

# How the other three comparisons follow from each root; in the formulas,
# {r} stands for the root comparison a OP b.
_INVERT = (lambda r, a, b: not r, "(not {r})")
_INVERT_AND_NE = (lambda r, a, b: not r and a != b, "(not {r}) and (a != b)")
_OR_EQ = (lambda r, a, b: r or a == b, "({r}) or (a == b)")
_INVERT_OR_EQ = (lambda r, a, b: not r or a == b, "(not {r}) or (a == b)")
_AND_NE = (lambda r, a, b: r and a != b, "({r}) and (a != b)")

_DERIVATIONS = {
    "__lt__": {"__gt__": _INVERT_AND_NE, "__le__": _OR_EQ, "__ge__": _INVERT},
    "__le__": {"__ge__": _INVERT_OR_EQ, "__lt__": _AND_NE, "__gt__": _INVERT},
    "__gt__": {"__lt__": _INVERT_AND_NE, "__ge__": _OR_EQ, "__le__": _INVERT},
    "__ge__": {"__le__": _INVERT_OR_EQ, "__gt__": _AND_NE, "__lt__": _INVERT},
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = [name for name in _DERIVATIONS
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # Prefer __lt__, then __le__, __gt__, __ge__ as the root.
    root = max(defined)
    for name, (combine, formula) in _DERIVATIONS[root].items():
        if name not in defined:
            text = formula.format(r="a %s b" % _SYMBOLS[root])
            setattr(cls, name, _derived_comparison(root, combine, name, text))
    return cls


# --- partial ------------------------------------------------------------------------

class _ReadOnlySlot:
    """A data descriptor showing the slot `_<name>`, which only __new__
    and __setstate__ write."""

    def __set_name__(self, owner, name):
        self._slot = "_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self._slot)

    def __set__(self, instance, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, instance):
        raise AttributeError("readonly attribute")


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __slots__ = ("_func", "_args", "_keywords", "__dict__", "__weakref__")

    func = _ReadOnlySlot()
    args = _ReadOnlySlot()
    keywords = _ReadOnlySlot()

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A plain partial of a partial collapses into one.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ \
                and not func.__dict__:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self._store(func, args, keywords)
        return self

    def _store(self, func, args, keywords):
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(keywords)

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        if id(self) in _partials_in_repr:
            return "..."
        _partials_in_repr.add(id(self))
        try:
            parts = [repr(self.func)]
            parts.extend(repr(arg) for arg in self.args)
            parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        finally:
            _partials_in_repr.discard(id(self))
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args,
                                          self.keywords or None, dict(self.__dict__) or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, attrs = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError("invalid partial state")
        self._store(func, args, keywords or {})
        self.__dict__.clear()
        if attrs:
            self.__dict__.update(attrs)

    __class_getitem__ = classmethod(GenericAlias)


# The partial objects whose repr is being built (a partial may hold itself).
_partials_in_repr = set()


def _check_wrappable(func):
    """What a method-making descriptor wraps must be callable or itself a
    descriptor (a classmethod, say)."""
    if not (callable(func) or hasattr(func, "__get__")):
        raise TypeError(f"{func!r} is not callable or a descriptor")


# --- partialmethod ---------------------------------------------------------------------

class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        _check_wrappable(func)
        if isinstance(func, partialmethod):
            # Collapse, keeping the descriptor the inner one wraps.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _as_plain_method(self):
        frozen = self

        def method(cls_or_self, /, *args, **keywords):
            return frozen.func(cls_or_self, *frozen.args, *args,
                               **{**frozen.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # The wrapped descriptor made something new (a bound
                # method, a class method...): freeze the arguments on it.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, "__self__", _NO_INITIAL)
                if owner is not _NO_INITIAL:
                    result.__self__ = owner
                return result
        return self._as_plain_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# --- lru_cache and cache -------------------------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

# Separates positional from keyword arguments in a cache key.
_KEYWORDS_FOLLOW = object()


def _cache_key(args, kwds, typed):
    """The key under which a call's result is cached: equal arguments give
    equal keys; with typed, arguments of different types do not."""
    if not typed and not kwds and len(args) == 1 and type(args[0]) in (int, str):
        # The argument itself serves; note that f(1) and f(1.0) therefore
        # get different entries, as in CPython.
        return args[0]
    key = args
    if kwds:
        key += (_KEYWORDS_FOLLOW,) + tuple(kwds.items())
    if typed:
        key += tuple(type(arg) for arg in args)
        key += tuple(type(value) for value in kwds.values())
    return key


class _lru_cache_wrapper:
    """A function wrapped with a cache of at most maxsize results (None:
    unbounded), evicting the least recently used entry first."""

    def __init__(self, user_function, maxsize, typed):
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._entries = {}  # key -> result, least recently used first
        self._hits = self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        key = _cache_key(args, kwds, self._typed)
        entries = self._entries
        try:
            result = entries[key]
        except KeyError:
            pass
        else:
            self._hits += 1
            if self._maxsize is not None:
                # Mark as most recently used.
                del entries[key]
                entries[key] = result
            return result
        self._misses += 1
        result = self._function(*args, **kwds)
        if key in entries:
            # A recursive call stored it meanwhile: keep that entry.
            return result
        if self._maxsize is not None and len(entries) >= self._maxsize:
            del entries[next(iter(entries))]
        entries[key] = result
        return result

    def __get__(self, instance, owner=None):
        # Bind like a function, so that a cached method gets its self.
        if instance is None:
            return self
        return types.MethodType(self, instance)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._entries))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._entries.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __dir__(self):
        # The cache's own state stays out of sight, as in CPython's C type.
        return [name for name in super().__dir__()
                if not name.startswith("_") or name.startswith("__")]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__


def _cached(user_function, maxsize, typed):
    return _lru_cache_wrapper(user_function, maxsize, typed)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.

    See:  https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)

    """
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments.
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return _cached(user_function, None, False)


# --- cached_property -------------------------------------------------------------------------

_ABSENT = object()


class cached_property:
    """A property computed once per instance and then kept as an ordinary
    attribute in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname not in (None, name):
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {name!r} property.") from None
        value = store.get(name, _ABSENT)
        if value is _ABSENT:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {name!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


# --- singledispatch ----------------------------------------------------------------------------

def _merge_linearizations(sequences):
    """C3 merge: repeatedly take the first head that appears in no tail."""
    sequences = [list(seq) for seq in sequences if seq]
    merged = []
    while sequences:
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for seq in sequences:
            if seq[0] is head:
                del seq[0]
        sequences = [seq for seq in sequences if seq]
    return merged


def _linearize(cls, abcs):
    """cls's MRO with the abstract base classes in abcs that cls implements
    without inheriting them placed where inheritance would put them.

    Bases up to the last abstract one come first, then the implemented
    ABCs none of the bases provide, then the remaining bases.
    """
    bases = list(cls.__bases__)
    split = 0
    for index, base in enumerate(bases):
        if hasattr(base, "__abstractmethods__"):
            split = index + 1
    own_abcs = [abc for abc in abcs
                if abc not in cls.__mro__ and issubclass(cls, abc)
                and not any(issubclass(base, abc) for base in bases)]
    passed_on = [abc for abc in abcs if abc not in own_abcs]
    ordered_bases = bases[:split] + own_abcs + bases[split:]
    return _merge_linearizations(
        [[cls]]
        + [_linearize(base, passed_on) for base in ordered_bases]
        + [bases[:split], own_abcs, bases[split:]])


def _relevant_abcs(cls, registered):
    """The registered classes cls derives from only virtually (by ABC
    registration or a subclass hook), most specific ones only, ordered
    as a common subclass cls implements orders them."""
    mro = cls.__mro__
    chosen = [t for t in registered
              if t not in mro and isinstance(t, type) and issubclass(cls, t)]
    chosen = [t for t in chosen
              if not any(t is not other and t in other.__mro__ for other in chosen)]
    wanted = set(chosen)
    ordered = []
    for abc in chosen:
        chains = [[s for s in sub.__mro__ if s in wanted]
                  for sub in abc.__subclasses__()
                  if sub not in mro and issubclass(cls, sub)]
        if not chains:
            chains = [[abc]]
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for member in chain:
                if member not in ordered:
                    ordered.append(member)
    return ordered


def _best_match(cls, registry):
    """The implementation registered for the class nearest to cls in its
    (ABC-aware) MRO; RuntimeError when two unrelated ABCs tie."""
    mro = _linearize(cls, _relevant_abcs(cls, registry))
    match = None
    for candidate in mro:
        if match is not None:
            tie = (candidate in registry and candidate not in cls.__mro__
                   and match not in cls.__mro__ and not issubclass(match, candidate))
            if tie:
                raise RuntimeError(f"Ambiguous dispatch: {match} or {candidate}")
            break
        if candidate in registry:
            match = candidate
    return registry.get(match)


def _is_union(tp):
    from typing import Union, get_origin
    import types
    return get_origin(tp) in (Union, types.UnionType)


def _dispatchable(tp):
    if isinstance(tp, type):
        return True
    if not _is_union(tp):
        return False
    from typing import get_args
    return all(isinstance(arg, type) for arg in get_args(tp))


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    import weakref

    registry = {object: func}
    found = weakref.WeakKeyDictionary()
    token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        nonlocal token
        if token is not None and token != get_cache_token():
            # An ABC gained a virtual subclass: answers may have changed.
            found.clear()
            token = get_cache_token()
        try:
            return found[cls]
        except KeyError:
            pass
        impl = registry[cls] if cls in registry else _best_match(cls, registry)
        found[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        nonlocal token
        if _dispatchable(cls) and func is None:
            # Used as @register(cls): the function comes next.
            return lambda f: register(cls, f)
        if not _dispatchable(cls):
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            if not getattr(cls, "__annotations__", None):
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _dispatchable(cls):
                if _is_union(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        if _is_union(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if token is None and hasattr(cls, "__abstractmethods__"):
            token = get_cache_token()
        found.clear()
        return func

    funcname = getattr(func, "__name__", "singledispatch function")

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = found.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        _check_wrappable(func)
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
