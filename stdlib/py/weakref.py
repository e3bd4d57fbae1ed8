"""Weak references, as CPython's weakref module documents them, with one
documented departure: rebeam's garbage collector is Go's, which has no
reference counts to observe, so a weak reference here keeps its referent
alive (it is a strong reference) and never calls its callback on its own.
Programs that only use weak references to avoid cycles or to cache
behave as in CPython; programs that wait for a referent to disappear do
not see it disappear."""

import collections.abc as _abc

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_refs = {}


class ref:
    """ref(object[, callback]): a reference to object that can be called
    to get the object back."""
    __slots__ = ("_obj", "__callback__", "_hash")

    def __init__(self, obj, callback=None):
        if type(obj) in (int, str, tuple, list, dict, type(None), bool, float, bytes):
            raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)
        self._obj = obj
        self.__callback__ = callback
        self._hash = None
        _refs.setdefault(id(obj), []).append(self)

    def __call__(self):
        return self._obj

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        o = self._obj
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType = ref


class WeakMethod(ref):
    """A ref to a bound method, keeping its object and function."""
    __slots__ = ("_meth_func",)

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        super().__init__(obj, callback)
        self._meth_func = func

    def __call__(self):
        obj = self._obj
        return self._meth_func.__get__(obj, type(obj))


class _Proxy:
    __slots__ = ("_obj",)

    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_obj"), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_obj"), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, "_obj"), name)

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, "_obj")(*args, **kwargs)

    def __repr__(self):
        o = object.__getattribute__(self, "_obj")
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(object.__getattribute__(self, "_obj"))

    def __len__(self):
        return len(object.__getattribute__(self, "_obj"))

    def __iter__(self):
        return iter(object.__getattribute__(self, "_obj"))

    def __getitem__(self, k):
        return object.__getattribute__(self, "_obj")[k]

    def __setitem__(self, k, v):
        object.__getattribute__(self, "_obj")[k] = v

    def __contains__(self, k):
        return k in object.__getattribute__(self, "_obj")

    def __eq__(self, other):
        return object.__getattribute__(self, "_obj") == other

    def __bool__(self):
        return bool(object.__getattribute__(self, "_obj"))


ProxyType = CallableProxyType = _Proxy
ProxyTypes = (ProxyType,)


def proxy(obj, callback=None):
    """A proxy forwarding attribute access to obj."""
    return _Proxy(obj)


def getweakrefcount(obj):
    """The number of weak references to obj."""
    return len(_refs.get(id(obj), ()))


def getweakrefs(obj):
    """The weak references to obj."""
    return list(_refs.get(id(obj), ()))


class WeakValueDictionary(_abc.MutableMapping):
    """A mapping whose values are weakly referenced (strongly in rebeam)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def itervaluerefs(self):
        for v in list(self.data.values()):
            yield ref(v)

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]


class WeakKeyDictionary(_abc.MutableMapping):
    """A mapping whose keys are weakly referenced (strongly in rebeam)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(_abc.MutableSet):
    """A set whose elements are weakly referenced (strongly in rebeam)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for x in data:
                self.add(x)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def add(self, item):
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def copy(self):
        return type(self)(self.data)

    def __repr__(self):
        return repr(self.data)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, when called, detached, or at interpreter exit (never on
    collection in rebeam)."""

    _registry = []

    def __init__(self, obj, func, /, *args, **kwargs):
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs or {}
        self._alive = True
        self.atexit = True
        finalize._registry.append(self)

    def __call__(self, _=None):
        if self._alive:
            self._alive = False
            return self._func(*self._args, **self._kwargs)
        return None

    def detach(self):
        """Forget the call; return (obj, func, args, kwargs) or None."""
        if self._alive:
            self._alive = False
            return (self._obj, self._func, self._args, self._kwargs)
        return None

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        if self._alive:
            return (self._obj, self._func, self._args, self._kwargs)
        return None

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self._alive

    def __repr__(self):
        return "<finalize object at %#x; for '%s' at %#x>" % (
            id(self), type(self._obj).__name__, id(self._obj))


def _run_finalizers():
    for f in list(finalize._registry):
        if f._alive and f.atexit:
            f()


try:
    import atexit as _atexit
    _atexit.register(_run_finalizers)
except ImportError:
    pass
