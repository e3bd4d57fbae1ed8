"""Data classes: a class decorator that writes __init__, __repr__, __eq__
and friends from a class's annotated attributes.

rebeam's version, written from the documentation of the module.  The
special methods are produced as Python source text and compiled with
exec, so that they have real signatures (inspect.signature shows the
fields as parameters) and run as fast as hand-written methods.
"""

import abc as _abc
import copy as _copy
import keyword as _keyword
import re as _re
import sys as _sys
import types as _types

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
    "KW_ONLY", "MISSING", "fields", "asdict", "astuple", "make_dataclass",
    "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or
    deleted."""


# -- sentinels -------------------------------------------------------------

class _MISSING_TYPE:
    """Type of MISSING, the marker for "no value given"."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of KW_ONLY; a pseudo-field annotated with it makes the fields
    after it keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMarker:
    # default value of an __init__ parameter whose field has a
    # default_factory: the factory runs when the caller passes nothing
    def __repr__(self):
        return "<factory>"


_FACTORY = _FactoryMarker()


class _FieldKind:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")

_EMPTY_METADATA = _types.MappingProxyType({})


class InitVar:
    """Marks an init-only pseudo-field: InitVar[T] annotations become
    parameters of __init__ and arguments of __post_init__, not fields."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        if isinstance(t, type) and not isinstance(t, _types.GenericAlias):
            shown = t.__name__
        else:
            shown = repr(t)
        return f"dataclasses.InitVar[{shown}]"

    def __class_getitem__(cls, item):
        return cls(item)


# -- fields ----------------------------------------------------------------

class Field:
    """Describes one field of a dataclass; created by field() and
    returned by fields()."""

    __slots__ = ("name", "type", "default", "default_factory", "init",
                 "repr", "hash", "compare", "metadata", "kw_only",
                 "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        if metadata is None or len(metadata) == 0:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _types.MappingProxyType(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        parts = [f"{attr}={getattr(self, attr)!r}" for attr in Field.__slots__]
        return "Field(" + ",".join(parts) + ")"

    def __set_name__(self, owner, name):
        # a descriptor used as a default still learns its name
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(_types.GenericAlias)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field beyond its annotation and default value.

    default or default_factory (a zero-argument callable) give the initial
    value; init, repr, hash and compare choose which generated methods
    use the field; metadata is a read-only mapping for third parties;
    kw_only makes the __init__ parameter keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, *flags):
        for name, value in zip(self.__slots__, flags):
            setattr(self, name, value)

    def __repr__(self):
        shown = ",".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__)
        return f"_DataclassParams({shown})"


# -- reading annotations ---------------------------------------------------

_STRING_ANNOTATION = _re.compile(r"^\s*(?:([A-Za-z_]\w*)\s*\.\s*)?([A-Za-z_]\w*)")


def _names_marker(text, cls, module_name, marker):
    """Whether the string annotation text names `marker` (an object of
    module `module_name`), either bare or as module.name, as seen from the
    module that defines cls."""
    m = _STRING_ANNOTATION.match(text)
    if m is None:
        return False
    prefix, name = m.groups()
    home = _sys.modules.get(cls.__module__)
    scope = vars(home) if home is not None else {}
    if prefix is None:
        return scope.get(name) is marker
    mod = scope.get(prefix)
    return (getattr(mod, "__name__", None) == module_name
            and getattr(mod, name, None) is marker)


def _is_classvar(annotation, cls):
    typing = _sys.modules.get("typing")
    if typing is None:
        return False
    if isinstance(annotation, str):
        return _names_marker(annotation, cls, "typing", typing.ClassVar)
    return (annotation is typing.ClassVar
            or getattr(annotation, "__origin__", None) is typing.ClassVar)


def _is_initvar(annotation, cls):
    if isinstance(annotation, str):
        return _names_marker(annotation, cls, "dataclasses", InitVar)
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only_marker(annotation, cls):
    if isinstance(annotation, str):
        return _names_marker(annotation, cls, "dataclasses", KW_ONLY)
    return annotation is KW_ONLY


def _make_field(cls, name, annotation, kw_only):
    # looked up as an attribute: an inherited value or a descriptor's
    # class-level value is the default too
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, _types.MemberDescriptorType):
            # a slot of the class itself is not a default
            value = MISSING
        f = field(default=value)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation, cls):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {name} is a ClassVar but specifies kw_only")
    elif f.kw_only is MISSING:
        f.kw_only = kw_only

    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{name} is not allowed: use default_factory")
    return f


# -- generating methods ----------------------------------------------------

def _compile(cls, name, params, lines, env, annotations=None):
    """Compile `def name(params): lines` with the names in env visible, and
    return the function, named as a method of cls."""
    header = f"def {name}({', '.join(params)}):"
    body = "\n".join("    " + line for line in (lines or ["pass"]))
    wrapper = f"def __create_fn__({', '.join(env)}):\n"
    wrapper += "\n".join("    " + line for line in (header + "\n" + body).split("\n"))
    wrapper += f"\n    return {name}\n"
    space = {"__name__": cls.__module__, "__builtins__": __builtins__}
    exec(wrapper, space)
    fn = space["__create_fn__"](**env)
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    if annotations is not None:
        fn.__annotations__ = annotations
    return fn


def _attach(cls, name, value):
    """Set cls.name unless the class body defined it; report whether the
    class already had it."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _tuple_text(owner, flds):
    if not flds:
        return "()"
    return "(" + "".join(f"{owner}.{f.name}," for f in flds) + ")"


def _build_init(cls, flds, frozen, has_post_init):
    takes = [f for f in flds if f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in takes if f.init and not f.kw_only]
    keyword = [f for f in takes if f.init and f.kw_only]

    seen_default = None
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")

    names = {f.name for f in flds}
    me = "__dataclass_self__" if "self" in names else "self"
    env = {"__dataclass_FACTORY__": _FACTORY, "__dataclass_object__": object}

    def param(f):
        if f.default_factory is not MISSING:
            return f"{f.name}=__dataclass_FACTORY__"
        if f.default is not MISSING:
            env[f"__dataclass_dflt_{f.name}__"] = f.default
            return f"{f.name}=__dataclass_dflt_{f.name}__"
        return f.name

    params = [me] + [param(f) for f in positional]
    if keyword:
        params += ["*"] + [param(f) for f in keyword]

    def store(name, expr):
        if frozen:
            return f"__dataclass_object__.__setattr__({me}, {name!r}, {expr})"
        return f"{me}.{name} = {expr}"

    lines = []
    for f in takes:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            maker = f"__dataclass_factory_{f.name}__"
            env[maker] = f.default_factory
            if f.init:
                expr = f"{maker}() if {f.name} is __dataclass_FACTORY__ else {f.name}"
            else:
                expr = f"{maker}()"
            lines.append(store(f.name, expr))
        elif f.init:
            lines.append(store(f.name, f.name))
    if has_post_init:
        extra = ", ".join(f.name for f in takes if f._field_type is _FIELD_INITVAR)
        lines.append(f"{me}.__post_init__({extra})")

    annotations = {f.name: f.type for f in takes if f.init}
    annotations["return"] = None
    return _compile(cls, "__init__", params, lines, env, annotations)


_repr_busy = set()


def _build_repr(cls, flds):
    shown = [f for f in flds if f._field_type is _FIELD and f.repr]
    inner = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in shown)
    lines = [
        "key = (id(self), __dataclass_ident__())",
        "if key in __dataclass_busy__:",
        "    return '...'",
        "__dataclass_busy__.add(key)",
        "try:",
        f"    return f'{{self.__class__.__qualname__}}({inner})'",
        "finally:",
        "    __dataclass_busy__.discard(key)",
    ]
    import _thread
    env = {"__dataclass_busy__": _repr_busy, "__dataclass_ident__": _thread.get_ident}
    fn = _compile(cls, "__repr__", ["self"], lines, env)
    # pprint recognises a generated __repr__ by its module
    fn.__module__ = __name__
    return fn


def _build_comparison(cls, name, op, flds):
    mine = _tuple_text("self", flds)
    theirs = _tuple_text("other", flds)
    lines = [
        "if other.__class__ is self.__class__:",
        f"    return {mine} {op} {theirs}",
        "return NotImplemented",
    ]
    return _compile(cls, name, ["self", "other"], lines, {})


def _build_hash(cls, flds):
    return _compile(cls, "__hash__", ["self"],
                    [f"return hash({_tuple_text('self', flds)})"], {})


def _build_frozen_guards(cls, holder, flds):
    names = tuple(f.name for f in flds)
    env = {"__dataclass_holder__": holder, "__dataclass_names__": names,
           "FrozenInstanceError": FrozenInstanceError}
    check = "if type(self) is __dataclass_holder__[0] or name in __dataclass_names__:"
    setter = _compile(cls, "__setattr__", ["self", "name", "value"], [
        check,
        "    raise FrozenInstanceError(f'cannot assign to field {name!r}')",
        "super(__dataclass_holder__[0], self).__setattr__(name, value)",
    ], env)
    deleter = _compile(cls, "__delattr__", ["self", "name"], [
        check,
        "    raise FrozenInstanceError(f'cannot delete field {name!r}')",
        "super(__dataclass_holder__[0], self).__delattr__(name)",
    ], env)
    return setter, deleter


# -- the decorator ---------------------------------------------------------

def _gather(cls, kw_only):
    """Collect the fields of cls: those of its dataclass bases, then its
    own annotations in order.  Returns (fields by name, bases info)."""
    collected = {}
    saw_base = False
    some_frozen = False
    all_frozen = True
    for base in cls.__mro__[-1:0:-1]:
        inherited = getattr(base, "__dataclass_fields__", None)
        if inherited is None:
            continue
        saw_base = True
        for f in inherited.values():
            collected[f.name] = f
        if getattr(base, "__dataclass_params__").frozen:
            some_frozen = True
        else:
            all_frozen = False

    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation, cls):
            if kw_marker_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))

    for f in own:
        collected[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            # the Field leaves the class; its default, if any, takes its place
            if f.default is not MISSING:
                setattr(cls, f.name, f.default)
            else:
                delattr(cls, f.name)

    for attr, value in vars(cls).items():
        if attr not in annotations and isinstance(value, Field):
            raise TypeError(f"{attr!r} is a field but has no type annotation")
    return collected, saw_base, some_frozen, all_frozen


def _hash_action(cls, unsafe_hash, eq, frozen):
    """What to do about __hash__: 'add', 'none' (set to None) or ''."""
    own = cls.__dict__.get("__hash__", MISSING)
    explicit = not (own is MISSING or (own is None and "__eq__" in cls.__dict__))
    if unsafe_hash:
        if explicit:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        return "add"
    if not eq or explicit:
        return ""
    return "add" if frozen else "none"


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
             kw_only, slots, weakref_slot):
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")

    collected, saw_base, some_frozen, all_frozen = _gather(cls, kw_only)
    if saw_base:
        if some_frozen and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if frozen and not all_frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = collected
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order,
                                                unsafe_hash, frozen)
    flds = list(collected.values())
    real = [f for f in flds if f._field_type is _FIELD]
    holder = [cls]

    hash_todo = _hash_action(cls, unsafe_hash, eq, frozen)

    if init:
        _attach(cls, "__init__",
                _build_init(cls, flds, frozen, hasattr(cls, "__post_init__")))
    if repr:
        _attach(cls, "__repr__", _build_repr(cls, real))
    if eq:
        _attach(cls, "__eq__", _build_comparison(
            cls, "__eq__", "==", [f for f in real if f.compare]))
    if order:
        compared = [f for f in real if f.compare]
        for name, op in (("__lt__", "<"), ("__le__", "<="),
                         ("__gt__", ">"), ("__ge__", ">=")):
            if _attach(cls, name, _build_comparison(cls, name, op, compared)):
                raise TypeError(f"Cannot overwrite attribute {name} in class "
                                f"{cls.__name__}. Consider using functools.total_ordering")
    if frozen:
        for method in _build_frozen_guards(cls, holder, real):
            if _attach(cls, method.__name__, method):
                raise TypeError(f"Cannot overwrite attribute {method.__name__} "
                                f"in class {cls.__name__}")
    if hash_todo == "add":
        hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _build_hash(cls, hashed)
    elif hash_todo == "none":
        cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        try:
            import inspect
            text = str(inspect.signature(cls)).replace(" -> None", "")
        except (TypeError, ValueError):
            text = ""
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _attach(cls, "__match_args__", tuple(
            f.name for f in flds
            if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only))

    if slots:
        cls = _with_slots(cls, real, frozen, weakref_slot)
        holder[0] = cls

    _abc.update_abstractmethods(cls)
    return cls


def _slot_names(cls):
    declared = cls.__dict__.get("__slots__")
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared,)
    return tuple(declared)


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _with_slots(cls, real, frozen, weakref_slot):
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_slot_names(base))
    wanted = [f.name for f in real]
    if weakref_slot:
        wanted.append("__weakref__")
    body = dict(cls.__dict__)
    body["__slots__"] = tuple(n for n in wanted if n not in taken)
    for f in real:
        body.pop(f.name, None)
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new = type(cls)(cls.__name__, cls.__bases__, body)
    if qualname is not None:
        new.__qualname__ = qualname
    if frozen:
        if "__getstate__" not in body:
            new.__getstate__ = _frozen_getstate
        if "__setstate__" not in body:
            new.__setstate__ = _frozen_setstate
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Turn the annotated class attributes of cls into fields and add the
    special methods the options ask for.

    Used bare (@dataclass) or with options (@dataclass(frozen=True))."""
    def decorate(c):
        return _process(c, init, repr, eq, order, unsafe_hash, frozen,
                        match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return decorate
    return decorate(cls)


# -- helpers on dataclasses ------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (no ClassVar or
    InitVar pseudo-fields), in definition order."""
    try:
        table = getattr(class_or_instance, "__dataclass_fields__")
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """True when obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _convert(obj, make_record):
    """Copy obj for asdict/astuple: dataclass instances become records made
    by make_record, containers are rebuilt, anything else is deep-copied."""
    if _is_instance(obj):
        return make_record(obj)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, make_record) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make_record) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make_record), _convert(v, make_record))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of dataclass instance obj as a new dict, field
    name to value, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def record(inst):
        return dict_factory([(f.name, _convert(getattr(inst, f.name), record))
                             for f in fields(inst)])
    return record(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the field values of dataclass instance obj as a new tuple,
    recursing into dataclasses, lists, tuples and dicts."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def record(inst):
        return tuple_factory([_convert(getattr(inst, f.name), record)
                              for f in fields(inst)])
    return record(obj)


def replace(obj, /, **changes):
    """Return a new object like dataclass instance obj with the given
    fields changed, by calling its class with all init fields."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, "
                                 "it cannot be specified with replace()")
            continue
        if f.name in changes:
            continue
        if f._field_type is _FIELD_INITVAR:
            if f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            continue
        changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named cls_name.  Each item of fields is a name,
    a (name, type) pair or a (name, type, Field) triple; a missing type is
    the string 'typing.Any'."""
    annotations = {}
    specs = {}
    for item in fields:
        if isinstance(item, str):
            name, kind = item, "typing.Any"
        elif len(item) == 2:
            name, kind = item
        elif len(item) == 3:
            name, kind, spec = item
            specs[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if _keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in annotations:
            raise TypeError(f"Field name duplicated: {name!r}")
        annotations[name] = kind

    def fill(body):
        body.update(namespace or {})
        body.update(specs)
        body["__annotations__"] = annotations

    cls = _types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
