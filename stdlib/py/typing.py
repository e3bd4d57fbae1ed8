"""Runtime support for type hints.

rebeam's version, written from the documentation of the module: the
special forms (Any, Union, Optional, Literal, ClassVar, ...), the generic
aliases of the builtin and abstract collections (List[int], Mapping[str,
int], Callable[[int], str], ...), type variables, Generic and Protocol
base classes, NamedTuple, TypedDict, NewType, and the introspection
helpers get_type_hints, get_origin and get_args.
"""

import abc as _abc
import collections as _collections
import collections.abc as _cabc
import contextlib as _contextlib
import functools as _functools
import operator as _operator
import re as _re
import sys as _sys
import types as _types

# in the order CPython lists them
__all__ = """
    Annotated Any Callable ClassVar Concatenate Final ForwardRef Generic
    Literal Optional ParamSpec Protocol Tuple Type TypeVar TypeVarTuple
    Union AbstractSet ByteString Container ContextManager Hashable
    ItemsView Iterable Iterator KeysView Mapping MappingView
    MutableMapping MutableSequence MutableSet Sequence Sized ValuesView
    Awaitable AsyncIterator AsyncIterable Coroutine Collection
    AsyncGenerator AsyncContextManager Reversible SupportsAbs
    SupportsBytes SupportsComplex SupportsFloat SupportsIndex
    SupportsInt SupportsRound ChainMap Counter Deque Dict DefaultDict
    List OrderedDict Set FrozenSet NamedTuple TypedDict Generator
    BinaryIO IO Match Pattern TextIO AnyStr assert_type assert_never
    cast clear_overloads dataclass_transform final get_args get_origin
    get_overloads get_type_hints is_typeddict LiteralString Never
    NewType no_type_check no_type_check_decorator NoReturn NotRequired
    overload ParamSpecArgs ParamSpecKwargs Required reveal_type
    runtime_checkable Self Text TYPE_CHECKING TypeAlias TypeGuard Unpack
""".split()

TYPE_CHECKING = False

_NoneType = type(None)


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


def _show(obj):
    """The text of obj as an argument inside a typing repr."""
    if isinstance(obj, list):
        return "[" + ", ".join(_show(x) for x in obj) + "]"
    if obj is ...:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, _types.GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    return repr(obj)


# Subscriptions are remembered, so that writing List[int] twice gives the
# same object, as in CPython.  The types of the arguments are part of the
# key: Literal[1] and Literal[True] are equal tuples but different types.
_remembered = {}
_REMEMBER_AT_MOST = 1024


def _remember(subscribe):
    @_functools.wraps(subscribe)
    def lookup(owner, params):
        kinds = tuple(map(type, params)) if type(params) is tuple else type(params)
        key = (owner, params, kinds)
        try:
            return _remembered[key]
        except KeyError:
            pass
        except TypeError:
            return subscribe(owner, params)
        made = subscribe(owner, params)
        if len(_remembered) >= _REMEMBER_AT_MOST:
            _remembered.clear()
        _remembered[key] = made
        return made
    return lookup


def _is_dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _type_vars_in(args):
    """The type variables appearing in args, first occurrence first."""
    found = []

    def visit(a):
        if isinstance(a, _TypeVarBase):
            if a not in found:
                found.append(a)
        elif isinstance(a, (list, tuple)):
            for x in a:
                visit(x)
        else:
            for p in getattr(a, "__parameters__", None) or ():
                if isinstance(p, _TypeVarBase) and p not in found:
                    found.append(p)
    for a in args:
        visit(a)
    return tuple(found)


def _as_type(arg, message, *, module=None, is_argument=True, allow_special=False):
    """Check that arg may stand as a type argument and normalise it: None
    becomes NoneType and a string becomes a ForwardRef."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special)
    refused = (Generic, Protocol)
    if not allow_special:
        refused += (ClassVar,)
        if is_argument:
            refused += (Final,)
    if isinstance(arg, _Subscripted) and arg.__origin__ in refused:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{message} Got {arg!r:.100}.")
    return arg


def _as_plain(arg, module=None):
    # the lighter conversion used for arguments of generic aliases
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


class _Unionable:
    """Gives X | Y, meaning Union[X, Y], to typing's objects."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# -- special forms ---------------------------------------------------------

class _SpecialForm(_Unionable):
    """A typing construct that is neither a class nor an alias: Union,
    ClassVar, NoReturn, ...  Subscription is delegated to a function."""

    def __init__(self, subscript):
        self._name = subscript.__name__
        self.__doc__ = subscript.__doc__
        self._subscript = subscript

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(attr)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_remember
    def __getitem__(self, item):
        return self._subscript(self, item)


def _not_subscriptable(form, item):
    raise TypeError(f"{form} is not subscriptable")


def _bare(name, doc):
    def subscript(form, item):
        _not_subscriptable(form, item)
    subscript.__name__ = name
    subscript.__doc__ = doc
    return _SpecialForm(subscript)


NoReturn = _bare("NoReturn", "Marks a function that never returns.")
Never = _bare("Never", "The bottom type, which has no members.")
Self = _bare("Self", "The type of the enclosing class's instances.")
LiteralString = _bare("LiteralString", "Any string built from literals only.")
TypeAlias = _bare("TypeAlias", "Marks a variable as an explicit type alias.")


@_SpecialForm
def ClassVar(form, item):
    """Marks a class attribute that instances do not set."""
    return _Subscripted(form, (_as_type(item, f"{form} accepts only single type."),))


@_SpecialForm
def Final(form, item):
    """Marks a name that may not be reassigned or overridden."""
    return _Subscripted(form, (_as_type(item, f"{form} accepts only single type."),))


@_SpecialForm
def TypeGuard(form, item):
    """Return type of a function that narrows the type of its argument."""
    return _Subscripted(form, (_as_type(item, f"{form} accepts only single type."),))


@_SpecialForm
def Required(form, item):
    """Marks a key of a TypedDict that must be present."""
    return _Subscripted(form, (_as_type(item, f"{form._name} accepts only a single type."),))


@_SpecialForm
def NotRequired(form, item):
    """Marks a key of a TypedDict that may be left out."""
    return _Subscripted(form, (_as_type(item, f"{form._name} accepts only a single type."),))


def _union_members(items):
    members = []
    for item in items:
        if isinstance(item, _UnionAlias) or isinstance(item, _types.UnionType):
            nested = item.__args__
        else:
            nested = (item,)
        for x in nested:
            if x not in members:
                members.append(x)
    return members


@_SpecialForm
def Union(form, items):
    """Union[X, Y]: a value of type X or of type Y."""
    if items == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(items, tuple):
        items = (items,)
    checked = [_as_type(x, "Union[arg, ...]: each arg must be a type.") for x in items]
    members = _union_members(checked)
    if len(members) == 1:
        return members[0]
    return _UnionAlias(form, tuple(members))


@_SpecialForm
def Optional(form, item):
    """Optional[X] is Union[X, None]."""
    return Union[_as_type(item, f"{form} requires a single type."), _NoneType]


@_SpecialForm
def Literal(form, values):
    """Literal[v, ...]: one of the given literal values."""
    if not isinstance(values, tuple):
        values = (values,)
    flat = []
    for v in values:
        if isinstance(v, _LiteralAlias):
            flat.extend(v.__args__)
        else:
            flat.append(v)
    try:
        kept, seen = [], set()
        for v in flat:
            key = (type(v), v)
            if key not in seen:
                seen.add(key)
                kept.append(v)
        flat = kept
    except TypeError:
        pass
    return _LiteralAlias(form, tuple(flat))


@_SpecialForm
def Concatenate(form, items):
    """Concatenate[X, ..., P]: parameters X, ... followed by those of
    ParamSpec P."""
    if items == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(items, tuple):
        items = (items,)
    if not (items[-1] is ... or isinstance(items[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    head = tuple(_as_type(x, "Concatenate[arg, ...]: each arg must be a type.")
                 for x in items[:-1])
    return _ConcatenateAlias(form, head + (items[-1],))


@_SpecialForm
def Unpack(form, item):
    """Unpack[Ts] is *Ts: the types of a TypeVarTuple spread out."""
    return _UnpackAlias(form, (_as_type(item, f"{form} accepts only single type."),))


# -- subscripted aliases ---------------------------------------------------

class _Subscripted(_Unionable):
    """A typing construct with arguments: List[int], ClassVar[str],
    Box[T], Generic[T] ..."""

    def __init__(self, origin, args, *, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _type_vars_in(args)
        self._name = name
        self._inst = inst
        # a named alias (List[int]) belongs to typing, others to their origin
        self.__module__ = "typing" if name else getattr(origin, "__module__", "typing")

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__") and "__origin__" in self.__dict__:
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def _head(self):
        if self._name is not None:
            return "typing." + self._name
        return _show(self.__origin__)

    def __repr__(self):
        if self.__args__:
            inner = ", ".join(_show(a) for a in self.__args__)
        else:
            inner = "()"
        return f"{self._head()}[{inner}]"

    def __eq__(self, other):
        if not isinstance(other, _Subscripted):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except Exception:
            pass
        return made

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        if self._name is None and self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, (_Subscripted, _BareAlias)) and b is not self for b in later):
                return ()
            return (Generic,)
        return _entries_for(self, bases)

    def __reduce__(self):
        # copy and pickle rebuild the alias by subscripting again
        source = globals()[self._name] if self._name else self.__origin__
        args = self._subscript_args()
        return _operator.getitem, (source, args)

    def _subscript_args(self):
        if len(self.__args__) == 1 and not isinstance(self.__args__[0], tuple):
            return self.__args__[0]
        return self.__args__

    # substitution of type variables
    @_remember
    def __getitem__(self, args):
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        mapping = _bind(self, params, args)
        return self._rebuild(_spread(_substitute(a, mapping) for a in self.__args__))

    def _rebuild(self, args):
        return _Subscripted(self.__origin__, args, name=self._name, inst=self._inst)


def _entries_for(alias, bases):
    """__mro_entries__ of an alias standing for a class: the class, and
    Generic unless a later base brings it."""
    entries = []
    if alias.__origin__ not in bases:
        entries.append(alias.__origin__)
    later = bases[bases.index(alias) + 1:]
    for b in later:
        if isinstance(b, (_Subscripted, _BareAlias)):
            break
        if isinstance(b, type) and issubclass(b, Generic):
            break
    else:
        entries.append(Generic)
    return tuple(entries)


class _Spliced(tuple):
    """The types a TypeVarTuple stands for, spread into the arguments of
    the alias it appears in."""


def _spread(args):
    out = []
    for a in args:
        if isinstance(a, _Spliced):
            out.extend(a)
        else:
            out.append(a)
    return tuple(out)


def _bind(owner, params, args):
    """Map the type variables params of owner to the given arguments."""
    if not isinstance(args, tuple):
        args = (args,)
    star = [i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)]
    if star:
        i = star[0]
        tail = len(params) - i - 1
        if len(args) < len(params) - 1:
            raise TypeError(f"Too few arguments for {owner}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        args = tuple(_as_plain(a) for a in args)
        mapping = dict(zip(params[:i], args[:i]))
        mapping[params[i]] = _Spliced(args[i:len(args) - tail])
        mapping.update(zip(params[i + 1:], args[len(args) - tail:]))
        return mapping
    if (len(params) == 1 and isinstance(params[0], ParamSpec)
            and not _is_param_list(args[0] if len(args) == 1 else None)):
        args = (args,)
    args = tuple(tuple(a) if isinstance(a, list) else _as_plain(a) for a in args)
    if len(args) != len(params):
        amount = "many" if len(args) > len(params) else "few"
        raise TypeError(f"Too {amount} arguments for {owner}; "
                        f"actual {len(args)}, expected {len(params)}")
    return dict(zip(params, args))


def _is_param_list(x):
    return (isinstance(x, (list, tuple)) or x is ... or isinstance(x, ParamSpec)
            or isinstance(x, _ConcatenateAlias))


def _substitute(arg, mapping):
    if isinstance(arg, _TypeVarBase):
        return mapping.get(arg, arg)
    if isinstance(arg, (list, tuple)):
        return type(arg)(_substitute(x, mapping) for x in arg)
    if isinstance(arg, _types.GenericAlias):
        inner = tuple(_substitute(x, mapping) for x in arg.__args__)
        return _types.GenericAlias(arg.__origin__, inner)
    if isinstance(arg, _types.UnionType):
        return _functools.reduce(_operator.or_, (_substitute(x, mapping) for x in arg.__args__))
    wanted = getattr(arg, "__parameters__", None)
    if isinstance(arg, _UnpackAlias) and isinstance(arg.__args__[0], TypeVarTuple):
        return mapping.get(arg.__args__[0], arg)
    if wanted and isinstance(arg, _Subscripted):
        return arg._rebuild(_spread(_substitute(a, mapping) for a in arg.__args__))
    if wanted:
        picked = tuple(mapping.get(p, p) for p in wanted)
        return arg[picked if len(picked) != 1 else picked[0]]
    return arg


class _UnionAlias(_Subscripted):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return f"typing.Optional[{_show(other)}]"
        return "typing.Union[" + ", ".join(_show(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def _rebuild(self, args):
        return Union[args]


class _LiteralAlias(_Subscripted):
    def _rebuild(self, args):
        return _LiteralAlias(self.__origin__, args)

    def _keys(self):
        return {(type(v), v) for v in self.__args__}

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return self._keys() == other._keys()

    def __hash__(self):
        return hash(frozenset(self._keys()))


class _ConcatenateAlias(_Subscripted):
    def _rebuild(self, args):
        if isinstance(args[-1], tuple):
            return args[:-1] + args[-1]
        return _ConcatenateAlias(self.__origin__, args)


def _is_unpacked_tuple_var(p):
    return isinstance(p, _UnpackAlias) and isinstance(p.__args__[0], TypeVarTuple)


class _UnpackAlias(_Subscripted):
    def __repr__(self):
        return "*" + _show(self.__args__[0])

    def _rebuild(self, args):
        return _UnpackAlias(self.__origin__, args)


class _CallableAlias(_Subscripted):
    def _takes_any(self):
        args = self.__args__
        return len(args) == 2 and (args[0] is ... or isinstance(args[0], (ParamSpec, _ConcatenateAlias)))

    def __repr__(self):
        head = self._head()
        *params, result = self.__args__
        if self._takes_any():
            return f"{head}[{_show(params[0])}, {_show(result)}]"
        return f"{head}[[{', '.join(_show(p) for p in params)}], {_show(result)}]"

    def _subscript_args(self):
        if self._takes_any():
            return self.__args__
        return (list(self.__args__[:-1]), self.__args__[-1])

    def _rebuild(self, args):
        *params, result = args
        flat = []
        for p in params:
            if isinstance(p, tuple):
                flat.extend(p)
            else:
                flat.append(p)
        return _CallableAlias(self.__origin__, tuple(flat) + (result,),
                              name=self._name, inst=self._inst)


class _AnnotatedAlias(_Subscripted):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        shown = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_show(self.__origin__)}, {shown}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __reduce__(self):
        return _operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def _rebuild(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)


class Annotated:
    """Annotated[T, x, ...]: type T carrying the metadata x, ...; type
    checkers see only T."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @classmethod
    @_remember
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two "
                            "arguments (a type and an annotation).")
        origin = _as_type(params[0], "Annotated[t, ...]: t must be a type.",
                          allow_special=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# -- aliases of classes, unsubscripted -------------------------------------

class _BareAlias(_Unionable):
    """List, Dict, Iterable ...: a stand-in for a class that may be
    subscripted with `arity` type arguments."""

    def __init__(self, origin, arity, name=None, inst=True):
        self.__origin__ = origin
        self._nparams = arity
        self._name = name or origin.__name__
        self._inst = inst
        self.__module__ = "typing"

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name
        if "__origin__" in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        return _Subscripted.__call__(self, *args, **kwargs)

    def __mro_entries__(self, bases):
        return _entries_for(self, bases)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _BareAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _Subscripted):
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, self.__origin__)

    @_remember
    def __getitem__(self, params):
        if not self._nparams:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(params, tuple):
            params = (params,)
        message = "Parameters to generic types must be types."
        params = tuple(_as_type(p, message) for p in params)
        if len(params) != self._nparams:
            amount = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {amount} arguments for {self}; "
                            f"actual {len(params)}, expected {self._nparams}")
        return _Subscripted(self.__origin__, params, name=self._name, inst=self._inst)


class _BareTuple(_BareAlias):
    @_remember
    def __getitem__(self, params):
        if params == ():
            return _Subscripted(tuple, (), name="Tuple", inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        message = "Tuple[t0, t1, ...]: each t must be a type."
        if len(params) >= 2 and params[-1] is ...:
            head = tuple(_as_type(p, message) for p in params[:-1])
            return _Subscripted(tuple, head + (...,), name="Tuple", inst=False)
        return _Subscripted(tuple, tuple(_as_type(p, message) for p in params),
                            name="Tuple", inst=False)


class _BareCallable(_BareAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        accepted, result = params
        if isinstance(accepted, list):
            accepted = tuple(accepted)
        return self._with(accepted, result)

    @_remember
    def _with_pair(self, pair):
        accepted, result = pair
        result = _as_type(result, "Callable[args, result]: result must be a type.")
        if accepted is ...:
            args = (...,)
        elif isinstance(accepted, tuple):
            args = tuple(_as_plain(a) for a in accepted)
        else:
            args = (_as_plain(accepted),)
        return _CallableAlias(self.__origin__, args + (result,), name=self._name)

    def _with(self, accepted, result):
        return self._with_pair((accepted, result))


Hashable = _BareAlias(_cabc.Hashable, 0)
Awaitable = _BareAlias(_cabc.Awaitable, 1)
Coroutine = _BareAlias(_cabc.Coroutine, 3)
AsyncIterable = _BareAlias(_cabc.AsyncIterable, 1)
AsyncIterator = _BareAlias(_cabc.AsyncIterator, 1)
Iterable = _BareAlias(_cabc.Iterable, 1)
Iterator = _BareAlias(_cabc.Iterator, 1)
Reversible = _BareAlias(_cabc.Reversible, 1)
Sized = _BareAlias(_cabc.Sized, 0)
Container = _BareAlias(_cabc.Container, 1)
Collection = _BareAlias(_cabc.Collection, 1)
Callable = _BareCallable(_cabc.Callable, 2)
AbstractSet = _BareAlias(_cabc.Set, 1, "AbstractSet")
MutableSet = _BareAlias(_cabc.MutableSet, 1)
Mapping = _BareAlias(_cabc.Mapping, 2)
MutableMapping = _BareAlias(_cabc.MutableMapping, 2)
Sequence = _BareAlias(_cabc.Sequence, 1)
MutableSequence = _BareAlias(_cabc.MutableSequence, 1)
ByteString = _BareAlias(_cabc.ByteString, 0)
MappingView = _BareAlias(_cabc.MappingView, 1)
KeysView = _BareAlias(_cabc.KeysView, 1)
ItemsView = _BareAlias(_cabc.ItemsView, 2)
ValuesView = _BareAlias(_cabc.ValuesView, 1)
Generator = _BareAlias(_cabc.Generator, 3)
AsyncGenerator = _BareAlias(_cabc.AsyncGenerator, 2)
ContextManager = _BareAlias(_contextlib.AbstractContextManager, 1, "ContextManager")
AsyncContextManager = _BareAlias(_contextlib.AbstractAsyncContextManager, 1,
                                 "AsyncContextManager")
Tuple = _BareTuple(tuple, -1, "Tuple", inst=False)
List = _BareAlias(list, 1, "List", inst=False)
Set = _BareAlias(set, 1, "Set", inst=False)
FrozenSet = _BareAlias(frozenset, 1, "FrozenSet", inst=False)
Dict = _BareAlias(dict, 2, "Dict", inst=False)
Type = _BareAlias(type, 1, "Type", inst=False)
Deque = _BareAlias(_collections.deque, 1, "Deque")
DefaultDict = _BareAlias(_collections.defaultdict, 2, "DefaultDict")
OrderedDict = _BareAlias(_collections.OrderedDict, 2)
Counter = _BareAlias(_collections.Counter, 1)
ChainMap = _BareAlias(_collections.ChainMap, 2)
Pattern = _BareAlias(_re.Pattern, 1)
Match = _BareAlias(_re.Match, 1)

Text = str


# -- Any -------------------------------------------------------------------

class _AnyMeta(type):
    # Any itself prints as typing.Any and refuses isinstance; classes
    # deriving from it behave as ordinary classes
    def __repr__(cls):
        return "typing.Any" if cls is Any else type.__repr__(cls)

    def __instancecheck__(cls, obj):
        if cls is not Any:
            return type.__instancecheck__(cls, obj)
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyMeta):
    """The type every value has, compatible with every other type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


# -- forward references ----------------------------------------------------

class ForwardRef(_Unionable):
    """A type written as a string, evaluated later by get_type_hints."""

    __slots__ = ("__forward_arg__", "__forward_code__", "__forward_evaluated__",
                 "__forward_value__", "__forward_is_argument__",
                 "__forward_is_class__", "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        text = arg[1:] if arg.startswith("*") else arg
        try:
            code = compile(text, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        settings = (arg, code, False, None, is_argument, is_class, module)
        for slot, value in zip(self.__slots__, settings):
            setattr(self, slot, value)

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            home = _sys.modules.get(self.__forward_module__)
            globalns = getattr(home, "__dict__", globalns)
        value = eval(self.__forward_code__, globalns, localns)
        value = _as_type(value, "Forward references must evaluate to types.",
                         is_argument=self.__forward_is_argument__,
                         allow_special=self.__forward_is_class__)
        value = _evaluate(value, globalns, localns,
                          recursive_guard | {self.__forward_arg__})
        self.__forward_value__ = value
        self.__forward_evaluated__ = True
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            if self.__forward_value__ != other.__forward_value__:
                return False
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        where = ""
        if self.__forward_module__ is not None:
            where = f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{where})"


def _evaluate(t, globalns, localns, guard=frozenset()):
    """Resolve the forward references inside annotation t."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, guard)
    if isinstance(t, _types.GenericAlias):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        done = tuple(_evaluate(a, globalns, localns, guard) for a in args)
        if done == tuple(t.__args__):
            return t
        return _types.GenericAlias(t.__origin__, done)
    if isinstance(t, _types.UnionType):
        done = [_evaluate(a, globalns, localns, guard) for a in t.__args__]
        return _functools.reduce(_operator.or_, done)
    if isinstance(t, _Subscripted):
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(_evaluate(t.__origin__, globalns, localns, guard),
                                   t.__metadata__)
        done = tuple(_evaluate(a, globalns, localns, guard) if not isinstance(a, list)
                     else [_evaluate(x, globalns, localns, guard) for x in a]
                     for a in t.__args__)
        if done == t.__args__:
            return t
        return t._rebuild(done)
    return t


# -- type variables --------------------------------------------------------

class _TypeVarBase(_Unionable):
    """What TypeVar, ParamSpec and TypeVarTuple share."""

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type '{cls.__mro__[1].__module__}.{cls.__mro__[1].__name__}' "
                            "is not an acceptable base type")

    def _variance_mark(self):
        if self.__covariant__:
            return "+"
        if self.__contravariant__:
            return "-"
        return "~"

    def _setup(self, name, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else _as_type(bound, "Bound must be a type.")
        module = _caller_module(3)
        if module != "typing":
            self.__module__ = module


class TypeVar(_TypeVarBase):
    """A type variable: T = TypeVar('T'), optionally with constraints
    (TypeVar('N', int, float)) or an upper bound (bound=...), and a
    variance (covariant=True or contravariant=True)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self._setup(name, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(
            _as_type(c, "TypeVar(name, constraint, ...): constraints must be types.")
            for c in constraints)

    def __repr__(self):
        return self._variance_mark() + self.__name__


class _ParamSpecPart:
    _suffix = ""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + self._suffix

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other.__origin__ == self.__origin__

    def __hash__(self):
        return hash((self._suffix, self.__origin__))


class ParamSpecArgs(_ParamSpecPart):
    """P.args: the positional arguments of ParamSpec P."""
    _suffix = ".args"


class ParamSpecKwargs(_ParamSpecPart):
    """P.kwargs: the keyword arguments of ParamSpec P."""
    _suffix = ".kwargs"


class ParamSpec(_TypeVarBase):
    """A parameter specification variable: the whole parameter list of a
    callable, as in Callable[P, R]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._setup(name, bound, covariant, contravariant)

    args = property(ParamSpecArgs, doc="The positional arguments, P.args.")
    kwargs = property(ParamSpecKwargs, doc="The keyword arguments, P.kwargs.")

    def __repr__(self):
        return self._variance_mark() + self.__name__


class TypeVarTuple(_TypeVarBase):
    """A variadic type variable, standing for any number of types."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


# -- Generic and Protocol --------------------------------------------------

class Generic:
    """Base class of generic classes: class Box(Generic[T]) makes Box[int]
    a valid type."""

    __slots__ = ()
    _is_protocol = False

    @classmethod
    @_remember
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_as_plain(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, _TypeVarBase) or _is_unpacked_tuple_var(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _Subscripted(cls, params)
        declared = cls.__dict__.get("__parameters__", ())
        if not declared:
            raise TypeError(f"{cls} is not a generic class")
        mapping = _bind(cls, declared, params)
        return _Subscripted(cls, _spread(mapping[p] for p in declared))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own_bases = cls.__dict__.get("__orig_bases__")
        if own_bases is None:
            if Generic in cls.__bases__ and cls.__name__ != "Protocol" \
                    and type(cls) is not _TypedDictMeta:
                raise TypeError("Cannot inherit from plain Generic")
            cls.__parameters__ = ()
            return
        if Generic in own_bases:
            raise TypeError("Cannot inherit from plain Generic")
        found = _type_vars_in(own_bases)
        declared = None
        for base in own_bases:
            if isinstance(base, _Subscripted) and base.__origin__ in (Generic, Protocol):
                if declared is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                declared = base
        if declared is not None:
            listed = declared.__parameters__
            missing = [v for v in found if v not in listed]
            if missing:
                raise TypeError(
                    "Some type variables (" + ", ".join(str(v) for v in missing)
                    + f") are not listed in {declared.__origin__.__name__}["
                    + ", ".join(str(v) for v in listed) + "]")
            found = listed
        cls.__parameters__ = tuple(found)


# names a protocol class may have that are not members of the protocol
_NOT_MEMBERS = frozenset((
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__",
    "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
    "__weakref__", "__class_getitem__", "__parameters__", "__orig_bases__",
    "__qualname__", "__init_subclass__", "__protocol_attrs__",
    "_is_protocol", "_is_runtime_protocol", "__match_args__",
    "__non_callable_proto_members__", "__orig_class__", "__args__",
    "__origin__", "_MutableMapping__marker",
))

# classes outside typing that protocols may list as bases
_PROTOCOL_FRIENDS = {
    "collections.abc": {"Callable", "Awaitable", "Iterable", "Iterator",
                        "AsyncIterable", "Hashable", "Sized", "Container",
                        "Collection", "Reversible", "AsyncIterator"},
    "contextlib": {"AbstractContextManager", "AbstractAsyncContextManager"},
}


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for name in names:
            if not name.startswith("_abc_") and name not in _NOT_MEMBERS:
                members.add(name)
    return members


def _only_methods(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


# while isinstance() consults the ABC machinery on a protocol's behalf,
# the structural hook answers "don't know" instead of raising
_quiet_checks = [0]


class _ProtocolMeta(_abc.ABCMeta):
    def _abc_check(cls, instance):
        _quiet_checks[0] += 1
        try:
            return super().__instancecheck__(instance)
        finally:
            _quiet_checks[0] -= 1

    def __instancecheck__(cls, instance):
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if _only_methods(cls) and cls._abc_check(instance):
            return True
        has_all = True
        for name in _protocol_members(cls):
            if not hasattr(instance, name) or (
                    callable(getattr(cls, name, None)) and getattr(instance, name) is None):
                has_all = False
                break
        return has_all or cls._abc_check(instance)


def _structural_hook(cls, other):
    """__subclasshook__ of protocols: a class matches when each member is
    defined (and not None) somewhere along its MRO."""
    if not cls.__dict__.get("_is_protocol", False):
        return NotImplemented
    problem = None
    if not getattr(cls, "_is_runtime_protocol", False):
        problem = "Instance and class checks can only be used with @runtime_checkable protocols"
    elif not _only_methods(cls):
        problem = "Protocols with non-method members don't support issubclass()"
    if problem is not None:
        if _quiet_checks[0]:
            return NotImplemented
        raise TypeError(problem)
    for name in _protocol_members(cls):
        for base in other.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
            if name in base.__dict__.get("__annotations__", {}):
                break
        else:
            return NotImplemented
    return True


def _protocol_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    for base in cls.__mro__:
        init = base.__dict__.get("__init__", _protocol_init)
        if init is not _protocol_init:
            break
    if init is object.__init__:
        return
    init(self, *args, **kwargs)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocols: classes whose instances are recognised by
    the members they have rather than by inheritance."""

    _is_runtime_protocol = False
    _is_protocol = True
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_structural_hook)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            allowed = (base in (object, Generic)
                       or base.__name__ in _PROTOCOL_FRIENDS.get(base.__module__, ())
                       or (issubclass(base, Generic) and base._is_protocol))
            if not allowed:
                raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        if "__init__" not in cls.__dict__:
            cls.__init__ = _protocol_init


def runtime_checkable(cls):
    """Class decorator letting isinstance() and issubclass() test a
    protocol (by the presence of its members only)."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


# -- predefined type variables and protocols -------------------------------

T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)
AnyStr = TypeVar("AnyStr", bytes, str)


def _single_method_protocol(name, method, generic=False):
    def stub(self, *args):
        raise NotImplementedError
    stub.__name__ = method
    stub.__qualname__ = f"{name}.{method}"
    bases = (Protocol[T_co],) if generic else (Protocol,)
    body = {"__slots__": (), method: _abc.abstractmethod(stub), "__module__": __name__,
            "__doc__": f"An ABC with one abstract method {method}."}
    return runtime_checkable(_types.new_class(name, bases, {}, lambda ns: ns.update(body)))


SupportsInt = _single_method_protocol("SupportsInt", "__int__")
SupportsFloat = _single_method_protocol("SupportsFloat", "__float__")
SupportsComplex = _single_method_protocol("SupportsComplex", "__complex__")
SupportsBytes = _single_method_protocol("SupportsBytes", "__bytes__")
SupportsIndex = _single_method_protocol("SupportsIndex", "__index__")
SupportsAbs = _single_method_protocol("SupportsAbs", "__abs__", generic=True)
SupportsRound = _single_method_protocol("SupportsRound", "__round__", generic=True)


def _stream_class(name, bases, abstract, readonly=()):
    """Build one of the IO classes: abstract methods named in `abstract`,
    abstract read-only properties named in `readonly`."""
    def fill(ns):
        ns["__slots__"] = ()
        ns["__module__"] = __name__
        for method in abstract:
            def stub(self, *args, **kwargs):
                raise NotImplementedError
            stub.__name__ = method
            stub.__qualname__ = f"{name}.{method}"
            ns[method] = _abc.abstractmethod(stub)
        for prop in readonly:
            def getter(self):
                raise NotImplementedError
            getter.__name__ = prop
            ns[prop] = property(_abc.abstractmethod(getter))
    return _types.new_class(name, bases, {}, fill)


IO = _stream_class(
    "IO", (Generic[AnyStr],),
    ("close", "fileno", "flush", "isatty", "read", "readable", "readline",
     "readlines", "seek", "seekable", "tell", "truncate", "writable", "write",
     "writelines", "__enter__", "__exit__"),
    ("mode", "name", "closed"))
IO.__doc__ = "Generic base class of TextIO and BinaryIO: the methods of open files."
BinaryIO = _stream_class("BinaryIO", (IO[bytes],), ("write", "__enter__"))
BinaryIO.__doc__ = "The type of files opened in binary mode."
TextIO = _stream_class("TextIO", (IO[str],), ("__enter__",),
                       ("buffer", "encoding", "errors", "line_buffering", "newlines"))
TextIO.__doc__ = "The type of files opened in text mode."


# -- NamedTuple ------------------------------------------------------------

_NAMEDTUPLE_RESERVED = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__",
                                  "_fields", "_field_defaults", "_make", "_replace",
                                  "_asdict", "_source"))
_NAMEDTUPLE_SKIP = frozenset(("__module__", "__name__", "__annotations__"))


def _build_namedtuple(name, pairs, module, defaults=()):
    names = [n for n, _ in pairs]
    hints = {n: _as_type(t, f"field {n} annotation must be a type") for n, t in pairs}
    made = _collections.namedtuple(name, names, defaults=defaults, module=module)
    made.__annotations__ = hints
    try:
        made.__new__.__annotations__ = hints
    except (AttributeError, TypeError):
        pass
    return made


class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        hints = ns.get("__annotations__", {})
        with_default = []
        for field_name in hints:
            if field_name in ns:
                with_default.append(field_name)
            elif with_default:
                plural = "s" if len(with_default) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {field_name} cannot "
                                f"follow default field{plural} {', '.join(with_default)}")
        made = _build_namedtuple(typename, list(hints.items()), ns["__module__"],
                                 [ns[n] for n in with_default])
        if Generic in bases:
            # the same class again, with Generic after tuple in its bases
            body = {k: v for k, v in made.__dict__.items()
                    if k not in ("__dict__", "__weakref__")}
            body["__orig_bases__"] = ns.get("__orig_bases__", bases)
            made = type(typename, (tuple, Generic), body)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SKIP and key not in made._fields:
                setattr(made, key, value)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple: either a base class whose
    annotated attributes are the fields, or called as
    NamedTuple('Name', [('field', type), ...])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to "
                        "NamedTuple, not both")
    return _build_namedtuple(typename, list(fields), _caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# -- TypedDict -------------------------------------------------------------

class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        extra = (Generic,) if Generic in bases else ()
        made = type.__new__(_TypedDictMeta, name, extra + (dict,), ns)

        message = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _as_type(tp, message, module=made.__module__, allow_special=False)
               for key, tp in ns.get("__annotations__", {}).items()}
        hints, required, optional = {}, set(), set()
        for base in bases:
            hints.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        hints.update(own)
        for key, tp in own.items():
            marker = get_origin(tp)
            if marker is Annotated:
                marker = get_origin(tp.__origin__)
            if marker is Required or (marker is not NotRequired and total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, "__total__"):
            made.__total__ = total
        return made

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of string keys, each with its own value
    type; at runtime its instances are plain dicts.  Used as a base class
    or called as TypedDict('Name', {'key': type, ...}, total=...)."""
    if fields is None:
        fields = kwargs
        if kwargs:
            import warnings
            warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated "
                          "in Python 3.11, will be removed in Python 3.13, and may not be "
                          "understood by third-party type checkers.",
                          DeprecationWarning, stacklevel=2)
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    module = _caller_module()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# -- NewType ---------------------------------------------------------------

class NewType(_Unionable):
    """NewType('UserId', int): a distinct name for type checkers; at
    runtime calling it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        parent = self.__name__

        class Refuse:
            def __init_subclass__(cls):
                child = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you "
                                f"were looking for: `{child} = NewType({child!r}, {parent})`")
        return (Refuse,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, value):
        return value

    def __reduce__(self):
        return self.__qualname__


# -- helpers ---------------------------------------------------------------

def cast(typ, val):
    """Tell the type checker val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask the type checker to confirm val has type typ; returns val."""
    return val


def assert_never(arg, /):
    """Mark code that type checking proves unreachable; raises
    AssertionError if reached."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=_sys.stderr)
    return obj


def _drop_extras(t):
    """t without Annotated, Required and NotRequired wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _drop_extras(t.__origin__)
    if isinstance(t, _Subscripted) and t.__origin__ in (Required, NotRequired):
        return _drop_extras(t.__args__[0])
    if isinstance(t, _types.GenericAlias):
        inner = tuple(_drop_extras(a) for a in t.__args__)
        return t if inner == tuple(t.__args__) else _types.GenericAlias(t.__origin__, inner)
    if isinstance(t, _types.UnionType):
        inner = [_drop_extras(a) for a in t.__args__]
        return _functools.reduce(_operator.or_, inner)
    if isinstance(t, _Subscripted):
        inner = tuple(_drop_extras(a) for a in t.__args__)
        return t if inner == t.__args__ else t._rebuild(inner)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function as a dict,
    with string annotations evaluated; for a class, those of its bases
    too.  Annotated and Required/NotRequired are removed unless
    include_extras is true."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            own = base.__dict__.get("__annotations__", {})
            if not isinstance(own, dict):
                continue
            home = _sys.modules.get(base.__module__)
            g = globalns if globalns is not None else getattr(home, "__dict__", {})
            l = localns if localns is not None else dict(vars(base))
            if globalns is None and localns is None:
                g, l = l, g
            for name, value in own.items():
                if value is None:
                    value = _NoneType
                elif isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _evaluate(value, g, l)
    else:
        if globalns is None:
            if isinstance(obj, _types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, "__wrapped__"):
                    inner = inner.__wrapped__
                globalns = getattr(inner, "__globals__", {})
        if localns is None:
            localns = globalns
        own = getattr(obj, "__annotations__", None)
        if own is None:
            if isinstance(obj, _types.ModuleType) or callable(obj):
                return {}
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        for name, value in dict(own).items():
            if value is None:
                value = _NoneType
            elif isinstance(value, str):
                value = ForwardRef(value, is_argument=not isinstance(obj, _types.ModuleType))
            hints[name] = _evaluate(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _drop_extras(t) for name, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form of tp: list for List[int], Union for
    Union[int, str], Annotated for Annotated[...]; None otherwise."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_Subscripted, _BareAlias, _types.GenericAlias,
                       ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type, as a tuple; Callable's
    argument list comes back as a list."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_Subscripted, _types.GenericAlias)):
        args = tuple(tp.__args__)
        flat_callable = tp.__origin__ is _cabc.Callable and args and not (
            len(args) == 2 and (args[0] is ... or isinstance(
                args[0], (list, ParamSpec, _ConcatenateAlias))))
        if flat_callable:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


# -- decorators ------------------------------------------------------------

_overloads = {}


def _overload_key(func):
    inner = getattr(func, "__func__", func)
    return getattr(inner, "__module__", None), getattr(inner, "__qualname__", None)


def _call_to_overload(*args, **kwargs):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an "
        "implementation that is not @overload-ed.")


def overload(func):
    """Decorator for the alternative signatures of an overloaded function;
    the undecorated definition that follows is the implementation."""
    _overloads.setdefault(_overload_key(func), []).append(func)
    return _call_to_overload


def get_overloads(func):
    """The @overload variants recorded for func, in definition order."""
    return list(_overloads.get(_overload_key(func), ()))


def clear_overloads():
    """Forget all recorded overloads."""
    _overloads.clear()


def final(f):
    """Mark a method as not to be overridden or a class as not to be
    subclassed (sets __final__ = True where possible)."""
    with _contextlib.suppress(AttributeError, TypeError):
        f.__final__ = True
    return f


def no_type_check(arg):
    """Tell type checkers to ignore the annotations of a function or of
    a class and the methods defined in it."""
    if isinstance(arg, type):
        for value in list(arg.__dict__.values()):
            target = getattr(value, "__func__", value)
            if isinstance(target, _types.FunctionType) and \
                    target.__qualname__.startswith(arg.__qualname__ + "."):
                try:
                    target.__no_type_check__ = True
                except (AttributeError, TypeError):
                    pass
            elif isinstance(value, type) and value.__qualname__.startswith(arg.__qualname__ + "."):
                no_type_check(value)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Turn decorator into one whose results are no_type_check'ed."""
    @_functools.wraps(decorator)
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as creating dataclass-like
    classes; records its options in __dataclass_transform__."""
    options = {"eq_default": eq_default, "order_default": order_default,
               "kw_only_default": kw_only_default,
               "field_specifiers": field_specifiers, "kwargs": kwargs}

    def mark(target):
        target.__dataclass_transform__ = options
        return target
    return mark
