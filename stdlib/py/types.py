"""Names for the types of the interpreter's own objects, and helpers for
creating classes dynamically (new_class, prepare_class, resolve_bases).

Each *Type name below is the class of a real object, found by making one.
"""

import sys

__all__ = [
    "FunctionType", "LambdaType", "CodeType", "MappingProxyType",
    "SimpleNamespace", "CellType", "GeneratorType", "CoroutineType",
    "AsyncGeneratorType", "MethodType", "BuiltinFunctionType",
    "BuiltinMethodType", "WrapperDescriptorType", "MethodWrapperType",
    "MethodDescriptorType", "ClassMethodDescriptorType", "ModuleType",
    "TracebackType", "FrameType", "GetSetDescriptorType",
    "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class",
    "DynamicClassAttribute", "coroutine", "GenericAlias", "UnionType",
    "EllipsisType", "NoneType", "NotImplementedType",
]


# --- Types of functions, code and the objects functions make -------------

def _sample_function():
    pass


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
MappingProxyType = type(type.__dict__)


def _make_cell():
    captured = None

    def reader():
        return captured
    return reader.__closure__[0]


CellType = type(_make_cell())


def _sample_generator():
    yield


GeneratorType = type(_sample_generator())


async def _sample_coroutine():
    pass


_pending = _sample_coroutine()
CoroutineType = type(_pending)
_pending.close()  # never awaited; close it so that no warning is due


async def _sample_async_generator():
    yield


AsyncGeneratorType = type(_sample_async_generator())


class _Holder:
    __slots__ = ("slot",)

    def method(self):
        pass


MethodType = type(_Holder().method)
MemberDescriptorType = type(_Holder.__dict__["slot"])

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)


def _current_traceback():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


TracebackType = type(_current_traceback())
FrameType = type(sys._getframe())


def _find_getset_type():
    # A data descriptor implemented in C on CPython, e.g. FunctionType's
    # __code__; where the interpreter has none, a class of its own stands
    # for it, so that isinstance checks just answer False.
    for owner, name in ((FunctionType, "__code__"), (type, "__dict__")):
        found = vars(owner).get(name)
        if found is not None and not isinstance(found, (str, dict)):
            return type(found)

    class getset_descriptor:
        pass
    getset_descriptor.__module__ = "builtins"
    return getset_descriptor


GetSetDescriptorType = _find_getset_type()

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)

del _sample_function, _make_cell, _sample_generator, _sample_coroutine
del _pending, _sample_async_generator, _Holder, _current_traceback
del _find_getset_type


# --- SimpleNamespace -------------------------------------------------------

class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)
    """

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_in_progress:
            return name + "(...)"
        _repr_in_progress.add(key)
        try:
            fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_in_progress.discard(key)
        return f"{name}({fields})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# Error messages name the class as CPython's C type does.
from _datetime_native import set_display as _set_display
_set_display(SimpleNamespace, "types.SimpleNamespace")
del _set_display

# Namespaces whose repr is being built, so that one containing itself
# shows as namespace(...).
_repr_in_progress = set()


# --- Creating classes dynamically -------------------------------------------

def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560.

    A base that is not a class but has __mro_entries__ is replaced by the
    tuple that method returns. The tuple itself comes back when no base
    needed replacing.
    """
    resolved = []
    changed = False
    for base in bases:
        entries = None
        if not isinstance(base, type):
            hook = getattr(base, "__mro_entries__", None)
            if hook is not None:
                entries = hook(bases)
        if entries is None:
            resolved.append(base)
            continue
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
        changed = True
    return tuple(resolved) if changed else bases


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError(
            "metaclass conflict: the metaclass of a derived class must be "
            "a (non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds): the metaclass (taken from kwds,
    or derived from the bases), the namespace it prepared and the keyword
    arguments left once 'metaclass' is removed.
    """
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass.

    exec_body, when given, is called with the fresh namespace to fill it.
    """
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


# --- DynamicClassAttribute -----------------------------------------------------

def _run_accessor(accessor, missing_message, *args):
    if accessor is None:
        raise AttributeError(missing_message)
    accessor(*args)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    This is a descriptor, used to define attributes that act differently
    when accessed through an instance and through a class. Instance access
    remains normal, but access to an attribute through a class will be
    routed to the class's __getattr__ method; this is done by raising
    AttributeError.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        if doc is None and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        _run_accessor(self.fset, "can't set attribute", instance, value)

    def __delete__(self, instance):
        _run_accessor(self.fdel, "can't delete attribute", instance)

    def _copy(self, fget, fset, fdel, doc):
        clone = type(self)(fget, fset, fdel, doc)
        clone.overwrite_doc = self.overwrite_doc
        return clone

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        return self._copy(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


# --- coroutine -----------------------------------------------------------------

_CO_ITERABLE_COROUTINE = 0x100


class _AwaitableGenerator:
    """A generator made awaitable by types.coroutine: iterating or awaiting
    it runs the generator, whose values go to the event loop."""

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    @property
    def gi_running(self):
        return self._gen.gi_running

    @property
    def gi_frame(self):
        return self._gen.gi_frame

    def __repr__(self):
        return repr(self._gen)


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if isinstance(func, FunctionType) and code.co_flags & _CO_ITERABLE_COROUTINE:
        return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, (CoroutineType, _AwaitableGenerator)):
            return result
        if isinstance(result, GeneratorType) or hasattr(result, "send") and hasattr(result, "throw"):
            return _AwaitableGenerator(result)
        return result

    return wrapped
