"""Abstract base classes for containers (collections.abc).

Each ABC names the methods a class must define (its abstract methods) and
supplies the rest of its interface (mixin methods) on top of them. The
one-trick ABCs (Iterable, Sized, Hashable, ...) also recognise any class
that defines their methods, registered or not; the builtin types are
registered with the richer ABCs (list is a MutableSequence, dict a
MutableMapping, ...)."""

import sys as _sys
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstract
from types import (BuiltinFunctionType as _BuiltinFunctionType,
                   BuiltinMethodType as _BuiltinMethodType,
                   FunctionType as _FunctionType, GenericAlias as _GenericAlias,
                   MappingProxyType as _MappingProxyType, MethodType as _MethodType)

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
    "AsyncGenerator", "Hashable", "Iterable", "Iterator", "Generator",
    "Reversible", "Sized", "Container", "Callable", "Collection", "Set",
    "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
    "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString",
]


def _implements(candidate, names):
    """True when every name is defined somewhere along candidate's MRO
    (and not blocked by being set to None there); NotImplemented
    otherwise, so that the ordinary subclass rules still apply."""
    for name in names:
        for klass in candidate.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _structural(*names):
    """Class decorator: the ABC accepts, as virtual subclasses, classes
    that define all of names. Subclasses of the ABC do not inherit the
    structural test (Sequence is not satisfied by __len__ alone)."""
    def install(owner):
        def __subclasshook__(cls, candidate):
            if cls is owner:
                return _implements(candidate, names)
            return NotImplemented
        owner.__subclasshook__ = classmethod(__subclasshook__)
        return owner
    return install


def _same(a, b):
    return a is b or a == b


# --- one-trick ponies ----------------------------------------------------

@_structural("__hash__")
class Hashable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __hash__(self):
        return 0


@_structural("__iter__")
class Iterable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __iter__(self):
        return
        yield

    __class_getitem__ = classmethod(_GenericAlias)


@_structural("__iter__", "__next__")
class Iterator(Iterable):
    __slots__ = ()

    @_abstract
    def __next__(self):
        "Return the next item from the iterator; raise StopIteration at the end."
        raise StopIteration

    def __iter__(self):
        return self


@_structural("__reversed__", "__iter__")
class Reversible(Iterable):
    __slots__ = ()

    @_abstract
    def __reversed__(self):
        return
        yield


@_structural("__len__")
class Sized(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __len__(self):
        return 0


@_structural("__contains__")
class Container(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __contains__(self, x):
        return False

    __class_getitem__ = classmethod(_GenericAlias)


@_structural("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


# --- generators and coroutines -------------------------------------------

def _raise_into(exc_type, value, traceback):
    """The exception that throw(typ[, val[, tb]]) delivers."""
    if value is None:
        if traceback is None:
            raise exc_type
        value = exc_type()
    if traceback is not None:
        value = value.with_traceback(traceback)
    raise value


@_structural("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        "Return the next item from the generator; raise StopIteration at the end."
        return self.send(None)

    @_abstract
    def send(self, value):
        """Send a value into the generator; return the next value it
        yields, or raise StopIteration when it finishes."""
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator; return the next value
        it yields, or raise StopIteration."""
        _raise_into(typ, val, tb)

    def close(self):
        "Raise GeneratorExit inside the generator."
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


@_structural("__await__")
class Awaitable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __await__(self):
        yield

    __class_getitem__ = classmethod(_GenericAlias)


@_structural("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    __slots__ = ()

    @_abstract
    def send(self, value):
        """Send a value into the coroutine; return the next value it
        yields, or raise StopIteration when it finishes."""
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine; return the next value
        it yields, or raise StopIteration."""
        _raise_into(typ, val, tb)

    def close(self):
        "Raise GeneratorExit inside the coroutine."
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


@_structural("__aiter__")
class AsyncIterable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(_GenericAlias)


@_structural("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @_abstract
    async def __anext__(self):
        "Return the next item; raise StopAsyncIteration at the end."
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_structural("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        "Return the next item; raise StopAsyncIteration at the end."
        return await self.asend(None)

    @_abstract
    async def asend(self, value):
        """Send a value into the asynchronous generator; return the next
        value it yields, or raise StopAsyncIteration when it finishes."""
        raise StopAsyncIteration

    @_abstract
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the asynchronous generator; return
        the next value it yields, or raise StopAsyncIteration."""
        _raise_into(typ, val, tb)

    async def aclose(self):
        "Raise GeneratorExit inside the asynchronous generator."
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


# --- Callable and its parameterised form ----------------------------------

def _type_text(obj):
    """How an argument of a parameterised Callable is shown."""
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _is_param_spec(obj):
    kind = type(obj)
    return kind.__module__ == "typing" and \
        kind.__name__ in ("ParamSpec", "_ConcatenateGenericAlias")


def _is_type_variable(obj):
    kind = type(obj)
    return kind.__module__ == "typing" and \
        kind.__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple")


class _CallableGenericAlias:
    """Callable[[arg, ...], result]: the argument types and the result are
    flattened into __args__, and shown in their bracketed form.

    (rebeam's types.GenericAlias cannot be subclassed, so this class
    carries the alias interface itself.)"""

    def __init__(self, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (list, tuple)):
            flat = (*params, result)
        elif params is Ellipsis or _is_param_spec(params):
            flat = (params, result)
        else:
            raise TypeError("Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {params}")
        self.__origin__ = origin
        self.__args__ = flat

    @property
    def __parameters__(self):
        found = []
        for arg in self.__args__:
            if _is_type_variable(arg) and arg not in found:
                found.append(arg)
        return tuple(found)

    def _whole_signature(self):
        args = self.__args__
        return len(args) == 2 and (args[0] is Ellipsis or _is_param_spec(args[0]))

    def __repr__(self):
        origin = self.__origin__
        head = f"{origin.__module__}.{origin.__qualname__}"
        *params, result = self.__args__
        if self._whole_signature():
            shown = _type_text(params[0])
        else:
            shown = "[" + ", ".join(_type_text(a) for a in params) + "]"
        return f"{head}[{shown}, {_type_text(result)}]"

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __reduce__(self):
        *params, result = self.__args__
        if not self._whole_signature():
            params = [params]
        return _CallableGenericAlias, (self.__origin__, (*params, result))


@_structural("__call__")
class Callable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


# --- sets ---------------------------------------------------------------

class Set(Collection):
    """A finite, iterable container whose items are distinct.

    Concrete classes supply __contains__, __iter__ and __len__; the
    comparisons and the &, |, - and ^ operators are derived from them.
    Results are built with the _from_iterable classmethod, which calls
    the class on an iterable; override it when the constructor differs."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and _within(self, other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and _within(self, other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and _within(other, self)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and _within(other, self)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and _within(self, other)

    def isdisjoint(self, other):
        "Return True if the set and other have no items in common."
        return not any(item in self for item in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(_chained(self, other))

    __ror__ = __or__

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for the set, computed like frozenset's, so that a Set
        and a frozenset with the same items hash alike. Classes that want
        to be hashable set __hash__ = Set._hash."""
        width = _sys.maxsize.bit_length() + 1
        mask = (1 << width) - 1
        acc = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            h = hash(item)
            acc ^= ((h ^ (h << 16) ^ 89869747) * 3644798167) & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc >> (width - 1):
            acc -= 1 << width
        return 590923713 if acc == -1 else acc


def _within(inner, outer):
    return all(item in outer for item in inner)


def _set_operand(owner, other):
    """other as a Set (built by owner's class when it is only an
    iterable), or None when it is not iterable at all."""
    if isinstance(other, Set):
        return other
    if not isinstance(other, Iterable):
        return None
    return owner._from_iterable(other)


def _chained(*iterables):
    for iterable in iterables:
        yield from iterable


class MutableSet(Set):
    """A Set that can change: concrete classes add add() and discard();
    remove, pop, clear and the in-place operators follow."""

    __slots__ = ()

    @_abstract
    def add(self, value):
        "Add an element."
        raise NotImplementedError

    @_abstract
    def discard(self, value):
        "Remove an element, if it is a member."
        raise NotImplementedError

    def remove(self, value):
        "Remove an element; raise KeyError if it is not a member."
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        "Remove and return an arbitrary element; KeyError when empty."
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        "Remove every element."
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __isub__(self, it):
        # s -= s empties s; iterate over a snapshot so discarding is safe
        for value in list(it) if it is self else it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        toggled = it if isinstance(it, Set) else self._from_iterable(it)
        for value in toggled:
            (self.discard if value in self else self.add)(value)
        return self


# --- mappings -------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: concrete classes supply __getitem__, __iter__
    and __len__; get, keys, items, values, __contains__ and __eq__
    follow."""

    __slots__ = ()

    __reversed__ = None

    @_abstract
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."
        return _lookup(self, key, default)

    def __contains__(self, key):
        return _lookup(self, key, _ABSENT) is not _ABSENT

    def keys(self):
        "A set-like view of the mapping's keys."
        return KeysView(self)

    def values(self):
        "A view of the mapping's values."
        return ValuesView(self)

    def items(self):
        "A set-like view of the mapping's (key, value) pairs."
        return ItemsView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


_ABSENT = object()


def _lookup(mapping, key, fallback):
    try:
        return mapping[key]
    except KeyError:
        return fallback


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    __class_getitem__ = classmethod(_GenericAlias)


def _plain_set(cls, it):
    return set(it)


class KeysView(MappingView, Set):
    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]

    def __contains__(self, item):
        key, value = item
        found = _lookup(self._mapping, key, _ABSENT)
        return found is not _ABSENT and _same(found, value)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A Mapping that can change: concrete classes add __setitem__ and
    __delitem__; pop, popitem, clear, update and setdefault follow."""

    __slots__ = ()

    @_abstract
    def __setitem__(self, key, value):
        raise KeyError

    @_abstract
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
        If key is not found, d is returned if given, otherwise KeyError is raised."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """D.popitem() -> (k, v), remove and return some (key, value) pair
        as a 2-tuple; but raise KeyError if D is empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        "D.clear() -> None.  Remove all items from D."
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.
        If E present and has a .keys() method, does:     for k in E: D[k] = E[k]
        If E present and lacks .keys() method, does:     for (k, v) in E: D[k] = v
        In either case, this is followed by: for k, v in F.items(): D[k] = v"""
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, "keys"):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        "D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# --- sequences ------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: concrete classes supply __getitem__ (with
    int indexes from 0) and __len__; iteration, reversal, __contains__,
    index and count follow."""

    __slots__ = ()

    @_abstract
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> integer -- return first index of value.
        Raises ValueError if the value is not present.

        Supporting start and stop arguments is optional, but
        recommended."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        "S.count(value) -> integer -- return number of occurrences of value"
        return sum(1 for item in self if _same(item, value))


class ByteString(Sequence):
    """The bytes and bytearray types: sequences of integers 0-255."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change: concrete classes add __setitem__,
    __delitem__ and insert; append, extend, pop, remove, reverse, clear
    and += follow."""

    __slots__ = ()

    @_abstract
    def __setitem__(self, index, value):
        raise IndexError

    @_abstract
    def __delitem__(self, index):
        raise IndexError

    @_abstract
    def insert(self, index, value):
        "S.insert(index, value) -- insert value before index"
        raise IndexError

    def append(self, value):
        "S.append(value) -- append value to the end of the sequence"
        self.insert(len(self), value)

    def clear(self):
        "S.clear() -> None -- remove all items from S"
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        "S.reverse() -- reverse *IN PLACE*"
        left, right = 0, len(self) - 1
        while left < right:
            self[left], self[right] = self[right], self[left]
            left += 1
            right -= 1

    def extend(self, values):
        "S.extend(iterable) -- extend sequence by appending elements from the iterable"
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """S.pop([index]) -> item -- remove and return item at index (default last).
        Raise IndexError if list is empty or index is out of range."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """S.remove(value) -- remove first occurrence of value.
        Raise ValueError if the value is not present."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- the builtin types ------------------------------------------------------

def _register_builtins():
    dict_keys, dict_items = type({}.keys()), type({}.items())
    dict_values = type({}.values())
    for abc_class, members in (
        (Set, [frozenset]),
        (MutableSet, [set]),
        (Mapping, [_MappingProxyType]),
        (MutableMapping, [dict]),
        (KeysView, [dict_keys]),
        (ItemsView, [dict_items]),
        (ValuesView, [dict_values]),
        (Sequence, [tuple, str, range, memoryview]),
        (ByteString, [bytes, bytearray]),
        (MutableSequence, [list, bytearray]),
    ):
        for member in members:
            abc_class.register(member)
    # rebeam's builtin types do not all show the special methods that
    # CPython's do in their type dictionaries; these registrations give
    # isinstance the answers CPython gives.
    for member in (dict, dict_keys, dict_items, dict_values):
        if not issubclass(member, Reversible):
            Reversible.register(member)
    for member in (_BuiltinFunctionType, _BuiltinMethodType, _MethodType,
                   staticmethod):
        if not issubclass(member, Callable):
            Callable.register(member)


_register_builtins()
del _register_builtins
