"""copyreg: the table of reduction functions that copy (and pickle) use
for classes that do not reduce themselves, and the helpers reduced
objects are rebuilt with."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# class -> function(obj) returning a reduction tuple, as __reduce__ would
dispatch_table = {}


def _require_callable(f, message):
    if not callable(f):
        raise TypeError(message)


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction of ob_type's instances."""
    _require_callable(pickle_function, "reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can rebuild reduced objects: it must be callable."""
    _require_callable(object, "constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    """cls.__new__(cls, *args): what a protocol 2 reduction rebuilds with."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """cls.__new__(cls, *args, **kwargs)."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    # an instance of cls made by base's constructor from state (protocol
    # 0 and 1 reductions of instances of builtin subclasses)
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    init = base.__init__
    if init != object.__init__:
        init(obj, state)
    return obj


def _slotnames(cls):
    """The names of the slots of cls and its bases, as stored (private
    names mangled), cached in cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            slots = c.__dict__.get("__slots__", ())
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# the extension registry of pickle protocol 2: code <-> (module, name)
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register code (1..0x7fffffff) for the object module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code registered by add_extension."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
