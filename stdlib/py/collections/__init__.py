"""Container datatypes beyond dict, list, set and tuple.

namedtuple   factory for tuple subclasses with named fields
deque        list-like container with fast appends and pops at both ends
ChainMap     a single view over several mappings
Counter      dict subclass counting hashable objects
OrderedDict  dict subclass with order-aware operations
defaultdict  dict subclass that makes missing values with a factory
UserDict, UserList, UserString   wrappers that are easy to subclass"""

import sys as _sys
from itertools import chain as _chain, repeat as _repeat
from keyword import iskeyword as _iskeyword
import operator as _operator
from operator import itemgetter as _itemgetter

import collections.abc as _abc
from _collections import _tuplegetter, deque

__all__ = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
    "UserString", "defaultdict", "deque", "namedtuple",
]

_abc.MutableSequence.register(deque)


def _guarded_repr(method):
    """Make a __repr__ show '...' for an object already being shown
    further up the same repr call (a container that contains itself)."""
    active = set()

    def __repr__(self):
        token = id(self)
        if token in active:
            return "..."
        active.add(token)
        try:
            return method(self)
        finally:
            active.discard(token)

    __repr__.__name__ = method.__name__
    __repr__.__qualname__ = method.__qualname__
    __repr__.__doc__ = method.__doc__
    return __repr__


# --- namedtuple -------------------------------------------------------------

def _field_list(field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = [str(name) for name in field_names]
    if rename:
        seen = set()
        for position, name in enumerate(fields):
            if (name in seen or name.startswith("_") or _iskeyword(name)
                    or not name.isidentifier()):
                fields[position] = f"_{position}"
            seen.add(name)
    return fields


def _check_names(typename, fields):
    for name in (typename, *fields):
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             f"identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError("Type names and field names cannot be a "
                             f"keyword: {name!r}")
    seen = set()
    for name in fields:
        if name.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: "
                             f"{name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Return a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> p = Point(11, y=22)
    >>> p.x + p.y
    33
    >>> p
    Point(x=11, y=22)
    """
    fields = _field_list(field_names, rename)
    typename = str(typename)
    if hasattr(_sys, "intern"):
        typename = _sys.intern(typename)
    if rename:
        _check_names(typename, [])
    else:
        _check_names(typename, fields)
    fields = tuple(fields)
    size = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > size:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[size - len(defaults):], defaults))

    signature = ", ".join(fields)
    make_tuple = tuple.__new__

    # __new__ is compiled from source so that it takes the fields as named
    # parameters (keyword calls and the usual argument errors follow).
    scope = {"_make_tuple": make_tuple, "__builtins__": {}}
    packed = signature + ("," if size == 1 else "")
    exec(f"def __new__(_cls, {signature}):\n"
         f"    return _make_tuple(_cls, ({packed}))\n", scope)
    __new__ = scope["__new__"]
    if defaults is not None:
        __new__.__defaults__ = defaults
    __new__.__doc__ = f"Create new instance of {typename}({signature})"

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != size:
            raise TypeError(f"Expected {size} arguments, got {len(made)}")
        return made

    _make.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **changes):
        values = [changes.pop(name, old) for name, old in zip(fields, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return self._make(values)

    _replace.__doc__ = (f"Return a new {typename} object replacing specified "
                        "fields with new values")

    def __repr__(self):
        "Return a nicely formatted representation string"
        shown = ", ".join(f"{name}={value!r}"
                          for name, value in zip(fields, self))
        return f"{type(self).__name__}({shown})"

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    methods = {
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
    }
    for name, function in methods.items():
        function.__name__ = name
        function.__qualname__ = f"{typename}.{name}"
    methods["_make"] = classmethod(_make)

    namespace = {
        "__doc__": f"{typename}({signature})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        **methods,
        "__match_args__": fields,
    }
    for position, name in enumerate(fields):
        namespace[name] = _tuplegetter(position,
                                       f"Alias for field number {position}")
    result = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


# --- OrderedDict --------------------------------------------------------------

# The views of an OrderedDict read the underlying dict directly, so that a
# subclass's __getitem__ (an LRU cache that reorders on access, say) is
# not triggered by looking at its items.

def _plain_value(mapping, key):
    return dict.__getitem__(mapping, key)


class _OrderedKeys(_abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f"odict_keys({list(self)!r})"


class _OrderedValues(_abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        mapping = self._mapping
        return (_plain_value(mapping, key) for key in reversed(dict.keys(mapping)))

    def __repr__(self):
        return f"odict_values({list(self)!r})"


class _OrderedItems(_abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __contains__(self, item):
        key, value = item
        mapping = self._mapping
        if not dict.__contains__(mapping, key):
            return False
        found = _plain_value(mapping, key)
        return found is value or found == value

    def __reversed__(self):
        mapping = self._mapping
        return ((key, _plain_value(mapping, key))
                for key in reversed(dict.keys(mapping)))

    def __repr__(self):
        return f"odict_items({list(self)!r})"


class OrderedDict(dict):
    """Dictionary that remembers insertion order and can reorder itself:
    move_to_end, popitem from either end, and order-sensitive equality with
    other OrderedDicts."""

    def __init__(*args, **kwds):
        self, *args = args
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        # not self.update: a subclass's update is not used to fill it
        _abc.MutableMapping.update(self, *args, **kwds)

    update = _abc.MutableMapping.update

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or the beginning when
        last is false); KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for other, item in rest:
            dict.__setitem__(self, other, item)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the end, or from the
        beginning when last is false."""
        if not dict.__len__(self):
            raise KeyError("dictionary is empty")
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return _OrderedKeys(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return _OrderedValues(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return _OrderedItems(self)

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        if isinstance(other, OrderedDict):
            return all(a == b for a, b in zip(dict.keys(self), dict.keys(other)))
        return True

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    @_guarded_repr
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f"{name}()"
        return f"{name}({list(self.items())!r})"

    def __reduce__(self):
        state = vars(self) or None
        return type(self), (), state, None, iter(self.items())

    def copy(self):
        "od.copy() -> a shallow copy of od"
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and
        values set to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# --- defaultdict --------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    # Like CPython's C type, an instance has no __dict__; a subclass
    # without __slots__ gets one.
    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = self[key] = factory()
        return value

    def __repr__(self):
        # dict's own repr shows a defaultdict that contains itself as {...}
        factory = self.default_factory
        shown = "None" if factory is None else repr(factory)
        return f"{type(self).__name__}({shown}, {dict.__repr__(self)})"

    def copy(self):
        "D.copy() -> a shallow copy of D."
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


# --- Counter ----------------------------------------------------------------

def _tally(counts, iterable):
    get = counts.get
    for item in iterable:
        counts[item] = get(item, 0) + 1


class Counter(dict):
    """Dict subclass for counting hashable items (a multiset): elements
    are the keys and their counts the values.

    >>> c = Counter('abcdeabcdabcaba')
    >>> c.most_common(3)
    [('a', 5), ('b', 4), ('c', 3)]
    >>> c['a'], c['z']
    (5, 0)
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        "The count of elements not in the Counter is zero."
        return 0

    def total(self):
        "Sum of the counts"
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least; all of them when n is None. Elements with
        equal counts keep the order in which they were first met."""
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Iterator over the elements, each repeated as many times as its
        count; elements with a count below one are left out.

        >>> sorted(Counter('ABCABC').elements())
        ['A', 'A', 'B', 'B', 'C', 'C']
        """
        return _chain.from_iterable(map(_repeat, self.keys(), self.values()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of
        counts (and from keyword arguments), instead of replacing them.

        >>> c = Counter('which')
        >>> c.update('witch')
        >>> c['h']
        3
        """
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    get = self.get
                    for item, count in iterable.items():
                        self[item] = count + get(item, 0)
                else:
                    dict.update(self, iterable)
            else:
                _tally(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts given as an iterable of elements or as a mapping
        of counts (and as keyword arguments). Counts may go to zero or
        below.

        >>> c = Counter('which')
        >>> c.subtract('witch')
        >>> c['h']
        1
        """
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _abc.Mapping):
                pairs = iterable.items()
            else:
                pairs = zip(iterable, _repeat(1))
            for item, count in pairs:
                self[item] = get(item, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        "Return a shallow copy."
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, item):
        "Like dict.__delitem__() but does not raise KeyError for missing values."
        if item in self:
            super().__delitem__(item)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f"{name}()"
        try:
            ordered = dict(self.most_common())
        except TypeError:
            ordered = dict(self)
        return f"{name}({ordered!r})"

    # Comparisons treat missing elements as having a count of zero.

    def _all_pairs(self, other, test):
        keys = dict.fromkeys(_chain(self, other))
        return all(test(self[key], other[key]) for key in keys)

    def __eq__(self, other):
        "True if all counts agree. Missing counts are treated as zero."
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a == b)

    def __ne__(self, other):
        "True if any counts disagree. Missing counts are treated as zero."
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        "True if all counts in self are a subset of those in other."
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a <= b)

    def __lt__(self, other):
        "True if all counts in self are a proper subset of those in other."
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        "True if all counts in self are a superset of those in other."
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a >= b)

    def __gt__(self, other):
        "True if all counts in self are a proper superset of those in other."
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: the results keep positive counts only.

    def _combine(self, other, pick):
        result = Counter()
        for item in dict.fromkeys(_chain(self, other)):
            count = pick(self[item], other[item])
            if count > 0:
                result[item] = count
        return result

    def __add__(self, other):
        """Add counts from two counters.

        >>> Counter('abbb') + Counter('bcc')
        Counter({'b': 4, 'c': 2, 'a': 1})
        """
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts.

        >>> Counter('abbbc') - Counter('bccd')
        Counter({'b': 2, 'a': 1})
        """
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters.

        >>> Counter('abbb') | Counter('bcc')
        Counter({'b': 3, 'c': 2, 'a': 1})
        """
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts.

        >>> Counter('abbb') & Counter('bcc')
        Counter({'b': 1})
        """
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        "Adds an empty counter, effectively stripping negative and zero counts"
        return Counter({item: count for item, count in self.items()
                        if count > 0})

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts."""
        return Counter({item: 0 - count for item, count in self.items()
                        if count < 0})

    def _keep_positive(self):
        "Internal method to strip elements with a negative or zero count"
        for item in [item for item, count in self.items() if not count > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts.

        >>> c = Counter('abbb')
        >>> c += Counter('bcc')
        >>> c
        Counter({'b': 4, 'c': 2, 'a': 1})
        """
        for item, count in other.items():
            self[item] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts.

        >>> c = Counter('abbbc')
        >>> c -= Counter('bccd')
        >>> c
        Counter({'b': 2, 'a': 1})
        """
        for item, count in other.items():
            self[item] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter.

        >>> c = Counter('abbb')
        >>> c |= Counter('bcc')
        >>> c
        Counter({'b': 3, 'c': 2, 'a': 1})
        """
        for item, count in other.items():
            if count > self[item]:
                self[item] = count
        return self._keep_positive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding counts.

        >>> c = Counter('abbb')
        >>> c &= Counter('bcc')
        >>> c
        Counter({'b': 1})
        """
        for item, count in self.items():
            if other[item] < count:
                self[item] = other[item]
        return self._keep_positive()


# --- ChainMap ---------------------------------------------------------------

class ChainMap(_abc.MutableMapping):
    """A ChainMap groups several mappings into one updatable view.

    Lookups search the mappings in order, from maps[0] on; writes, updates
    and deletions touch maps[0] only. The maps list is public and may be
    changed directly."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                value = mapping[key]
            except KeyError:
                continue
            return value
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        order = {}
        for mapping in self.maps[::-1]:
            order.update(dict.fromkeys(mapping))
        return iter(order)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr
    def __repr__(self):
        shown = ", ".join(repr(mapping) for mapping in self.maps)
        return f"{type(self).__name__}({shown})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        "Create a ChainMap with a single dict created from the iterable."
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        "New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        "New ChainMap from maps[1:]."
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        first = self.maps[0]
        try:
            del first[key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        "Remove and return an item pair from maps[0]. Raise KeyError if maps[0] is empty."
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        "Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        "Clear maps[0], leaving maps[1:] intact."
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        flat = dict(other)
        for mapping in self.maps[::-1]:
            flat.update(mapping)
        return type(self)(flat)


# --- UserDict, UserList, UserString -------------------------------------------
#
# Each wrapper keeps the real object in self.data. Most methods simply hand
# the call on to it; _install_forwarders builds those from tables below.

def _install_forwarders(cls, names, after=None, positional=None):
    """Give cls a method per name that calls the same-named method of
    self.data; after(self, result), when given, post-processes the result;
    positional maps a name to the parameters passed on by position."""
    for name in names:
        setattr(cls, name, _forwarder(cls, name, after, (positional or {}).get(name, ())))


# UserString's methods name their parameters, though most str methods
# take them positionally only: these are passed on by position. A
# parameter left out before one given by name gets its default.
_STRING_PARAMETERS = {
    "center": ("width",), "ljust": ("width",), "rjust": ("width",),
    "zfill": ("width",), "strip": ("chars",), "lstrip": ("chars",),
    "rstrip": ("chars",), "join": ("seq",), "partition": ("sep",),
    "rpartition": ("sep",), "startswith": ("prefix", "start", "end"),
    "endswith": ("suffix", "start", "end"), "index": ("sub", "start", "end"),
    "rindex": ("sub", "start", "end"),
}
_STRING_DEFAULTS = {"chars": None, "start": 0, "end": _sys.maxsize}


def _by_position(names, args, kwargs):
    if not kwargs or not names:
        return args, kwargs
    args, kwargs = list(args), dict(kwargs)
    wanted = [n for n in names[len(args):] if n in kwargs]
    if wanted:
        for n in names[len(args):names.index(wanted[-1]) + 1]:
            if n in kwargs:
                args.append(kwargs.pop(n))
            elif n in _STRING_DEFAULTS:
                args.append(_STRING_DEFAULTS[n])
            else:
                raise TypeError(f"missing required argument: '{n}'")
    return args, kwargs


def _forwarder(cls, name, after, positional=()):
    def method(self, /, *args, **kwargs):
        args, kwargs = _by_position(positional, args, kwargs)
        result = getattr(self.data, name)(*args, **kwargs)
        return result if after is None else after(self, result)
    method.__name__ = name
    method.__qualname__ = f"{cls.__name__}.{name}"
    return method


def _rewrap(self, result):
    return type(self)(result)


def _applying(cls, name, function):
    """A method computing function(self.data), e.g. __int__ from int."""
    def method(self):
        return function(self.data)
    method.__name__ = name
    method.__qualname__ = f"{cls.__name__}.{name}"
    setattr(cls, name, method)


def _shallow_twin(obj):
    """A new instance of obj's class sharing its attributes, except for a
    copy of its data."""
    twin = type(obj).__new__(type(obj))
    twin.__dict__.update(obj.__dict__)
    twin.data = obj.data.copy()
    return twin


def _unwrap(value, wrapper):
    return value.data if isinstance(value, wrapper) else value


class UserDict(_abc.MutableMapping):
    """A dict-like class whose contents live in the real dict self.data;
    subclass it to customise dictionary behaviour."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs):
            if source is not None:
                self.update(source)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    # the abstract methods, spelled out so that the class is concrete
    def __len__(self):
        return self.data.__len__()

    def __iter__(self):
        return self.data.__iter__()

    def __setitem__(self, key, item):
        self.data.__setitem__(key, item)

    def __delitem__(self, key):
        self.data.__delitem__(key)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _unwrap(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_unwrap(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrap(other, UserDict)
        return self

    def __copy__(self):
        return _shallow_twin(self)

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        return copy.copy(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


_install_forwarders(UserDict, ["__contains__"])
_applying(UserDict, "__repr__", repr)


def _list_operand(other):
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


class UserList(_abc.MutableSequence):
    """A list-like class whose contents live in the real list self.data;
    subclass it to customise list behaviour."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    def __getitem__(self, i):
        found = self.data[i]
        return type(self)(found) if isinstance(i, slice) else found

    # the abstract methods, spelled out so that the class is concrete
    def __len__(self):
        return self.data.__len__()

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def insert(self, i, item):
        self.data.insert(i, item)

    __hash__ = None

    def __add__(self, other):
        return type(self)(self.data + _list_operand(other))

    def __radd__(self, other):
        return type(self)(_list_operand(other) + self.data)

    def __iadd__(self, other):
        self.data += _list_operand(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_twin(self)

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


def _comparison(cls, name):
    """cls's rich comparison name: the operator applied to the wrapped
    data, on the other side too when it is a cls."""
    compare = getattr(_operator, name)

    def method(self, other):
        return compare(self.data, _unwrap(other, cls))
    method.__name__ = name
    method.__qualname__ = f"{cls.__name__}.{name}"
    return method


for _name in ("__lt__", "__le__", "__eq__", "__gt__", "__ge__"):
    setattr(UserList, _name, _comparison(UserList, _name))
_install_forwarders(UserList, ["__contains__", "append", "pop", "remove",
                               "clear", "count", "index", "reverse", "sort"])
_applying(UserList, "__repr__", repr)


class UserString(_abc.Sequence):
    """A str-like class whose contents live in the real str self.data;
    subclass it to customise string behaviour."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __len__(self):
        return self.data.__len__()

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __add__(self, other):
        if not isinstance(other, (UserString, str)):
            other = str(other)
        return type(self)(self.data + _unwrap(other, UserString))

    def __radd__(self, other):
        prefix = other if isinstance(other, str) else str(other)
        return type(self)(prefix + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(_unwrap(prefix, UserString)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(_unwrap(suffix, UserString)))

    def replace(self, old, new, maxsplit=-1):
        old, new = _unwrap(old, UserString), _unwrap(new, UserString)
        return type(self)(self.data.replace(old, new, maxsplit))

    # searching accepts a UserString as the substring
    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_unwrap(sub, UserString), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_unwrap(sub, UserString), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_unwrap(sub, UserString), start, end)

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode("utf-8" if encoding is None else encoding,
                                "strict" if errors is None else errors)

    maketrans = str.maketrans


for _name in ("__eq__", "__lt__", "__le__", "__gt__", "__ge__"):
    setattr(UserString, _name, _comparison(UserString, _name))
for _name, _function in (("__str__", str), ("__repr__", repr), ("__int__", int),
                         ("__float__", float), ("__complex__", complex),
                         ("__hash__", hash)):
    _applying(UserString, _name, _function)
# str methods whose string results come back as instances of the class
_install_forwarders(UserString, [
    "capitalize", "casefold", "center",
    "expandtabs", "ljust", "lower", "lstrip", "rjust", "rstrip", "strip",
    "swapcase", "title", "translate", "upper", "zfill",
], after=_rewrap, positional=_STRING_PARAMETERS)
# and those whose results are returned as they are
_install_forwarders(UserString, [
    "endswith", "format", "format_map", "index", "isalnum", "isalpha",
    "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
    "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join",
    "partition", "rindex", "rpartition", "rsplit", "split", "splitlines",
    "startswith",
], positional=_STRING_PARAMETERS)
del _name, _function

# error messages name them as CPython's C types do: 'collections.OrderedDict'
from _datetime_native import set_display as _set_display
_set_display(OrderedDict, "collections.OrderedDict")
_set_display(defaultdict, "collections.defaultdict")
del _set_display
