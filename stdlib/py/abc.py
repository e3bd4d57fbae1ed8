"""Abstract base classes, as CPython's abc module documents them.

ABCMeta keeps, per class, the registered virtual subclasses, the classes
that inherit from it, and positive and negative caches of subclass checks;
any registration anywhere invalidates every negative cache. An abstract
class refuses instantiation in ABCMeta.__call__."""

_invalidation = [0]


def abstractmethod(funcobj):
    """A decorator marking a method abstract."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property with abstractmethod."""
    __isabstractmethod__ = True


def _is_abstract(value):
    try:
        if getattr(value, "__isabstractmethod__", False):
            return True
    except Exception:
        return False
    # rebeam's property, classmethod and staticmethod do not forward
    # __isabstractmethod__ from the functions they wrap
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel)
                   if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return False


def _compute_abstracts(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class _AbcData:
    """The bookkeeping of one ABC: registered virtual subclasses, real
    subclasses, and the positive and negative check caches."""
    __slots__ = ("registry", "subclasses", "cache", "negative", "version")

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.cache = set()
        self.negative = set()
        self.version = _invalidation[0]


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_impl = _AbcData()
        for base in cls.__mro__[1:]:
            data = base.__dict__.get("_abc_impl")
            if isinstance(data, _AbcData):
                data.subclasses.append(cls)
        return cls

    def __call__(cls, /, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass, so it
        may be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if data.version == _invalidation[0] and subclass in data.negative:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        if data.version < _invalidation[0]:
            data.negative = set()
            data.version = _invalidation[0]
        elif subclass in data.negative:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                data.cache.add(subclass)
            else:
                data.negative.add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            data.cache.add(subclass)
            return True
        for rcls in data.registry:
            if issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        for scls in data.subclasses:
            if issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()
        _invalidation[0] += 1

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative.clear()


def get_cache_token():
    """The current ABC cache token: it changes whenever a class is
    registered."""
    return _invalidation[0]


def update_abstractmethods(cls):
    """Recompute the abstract methods of an ABC after it was changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()
