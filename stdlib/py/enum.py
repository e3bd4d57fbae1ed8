"""Enumerations, as CPython 3.11's enum module documents them: Enum,
IntEnum, StrEnum, Flag, IntFlag, auto, unique, with 3.11's reprs and
str()s.

EnumType collects the members of a class body through _EnumDict (its
__prepare__ mapping), creates the class without them, then makes each
member an instance of the class and records it in _member_map_ (by name)
and _value2member_map_ (by value). Calling the class looks a value up."""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember",
    "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "global_enum",
    "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "show_flag_values",
]

Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None

_auto_null = object()


def _is_descriptor(obj):
    if isinstance(obj, (classmethod, staticmethod, property)):
        return True
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1:2] != "_" and name[-2:-1] != "_")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith("__"))


def _is_single_bit(num):
    if num == 0:
        return False
    return num & (num - 1) == 0


def _bit_count(num):
    return bin(num).count("1")


def show_flag_values(value):
    """The single-bit values that make up value, low bits first."""
    out = []
    bit = 1
    while bit <= value:
        if value & bit:
            out.append(bit)
        bit <<= 1
    return out


def _flag_bin(num, width):
    digits = format(num, "b")
    return "0b0 " + digits.rjust(width, "0")


class auto:
    """Stands for the value the enum's _generate_next_value_ computes."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class property(DynamicClassAttribute):
    """The property enum uses for member attributes such as name and
    value."""


class member:
    """Forces an object to be a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an object from becoming a member."""

    def __init__(self, value):
        self.value = value


class _EnumDict(dict):
    """The class-body namespace of an enum: it records member names in
    order and resolves auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError("_ignore_ cannot specify already set names: %r"
                                     % (already,))
            elif key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                fn = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = fn
            elif key == "_order_":
                pass
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if isinstance(value, member):
                value = value.value
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                resolved = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                    resolved.append(v)
                value = tuple(resolved)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(
                first_enum, "_generate_next_value_", None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, "_member_names", {}))
        members = {k: classdict[k] for k in member_names}
        ns = {k: v for k, v in dict(classdict).items() if k not in members}
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(ns, member_type, first_enum)
        invalid = set(members) & {"mro", ""}
        if invalid:
            raise ValueError("invalid enum member name(s) %s" % ", ".join(map(repr, invalid)))
        ns["_new_member_"] = new_member
        ns["_use_args_"] = use_args
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_member_type_"] = member_type
        ns.pop("_order_", None)
        if boundary is not None or (Flag is not None and first_enum is not None
                                    and issubclass(first_enum, Flag)):
            ns["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            ns["_flag_mask_"] = 0
            ns["_all_bits_"] = 0
            ns["_inverted_"] = None
        if "_generate_next_value_" in ns and not isinstance(ns["_generate_next_value_"], staticmethod):
            ns["_generate_next_value_"] = staticmethod(ns["_generate_next_value_"])
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if save_new:
            type.__setattr__(enum_class, "__new_member__", new_member)

        # the repr/str/format of a data-type mixin must not win over Enum's
        if Enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in ns:
                    continue
                owner = None
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        owner = klass
                        break
                if owner is not None and not isinstance(owner, EnumType):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
            if ReprEnum is not None and ReprEnum in bases:
                if member_type is object:
                    raise TypeError("ReprEnum subclasses must be mixed with a data type "
                                    "(i.e. int, str, float, etc.)")
                if "__format__" not in ns:
                    type.__setattr__(enum_class, "__format__", member_type.__format__)
                if "__str__" not in ns:
                    method = member_type.__str__
                    if method is object.__str__:
                        method = member_type.__repr__
                    type.__setattr__(enum_class, "__str__", method)

        for name in member_names:
            enum_class._add_member_(name, members[name])

        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    mask |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", mask)
            type.__setattr__(enum_class, "_all_bits_", (1 << mask.bit_length()) - 1 if mask else 0)
        return enum_class

    def _add_member_(cls, name, value):
        if not isinstance(value, tuple):
            args = (value,)
        else:
            args = value
        if cls._member_type_ is tuple:
            args = (args,)
        new = cls._new_member_
        if not cls._use_args_:
            enum_member = new(cls)
        else:
            enum_member = new(cls, *args)
        if not _has_own_value(enum_member):
            if cls._member_type_ is object or not cls._use_args_:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        else:
            is_flag = Flag is not None and issubclass(cls, Flag)
            if not is_flag or (isinstance(value, int) and _is_single_bit(value)):
                cls._member_names_.append(name)
        type.__setattr__(cls, name, enum_member)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            pass

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.append(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    data_types.append(candidate or base)
                    break
                else:
                    candidate = candidate or base
        unique_types = []
        for t in data_types:
            if t not in unique_types:
                unique_types.append(t)
        if len(unique_types) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, unique_types))
        return unique_types[0] if unique_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The function that makes members, whether it is saved as the
        class's __new_member__, and whether it takes the member's value
        as arguments."""
        __new__ = classdict.get("__new__", None)
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None and first_enum is not None:
            __new__ = getattr(first_enum, "__new_member__", None)
        if __new__ is None:
            __new__ = object.__new__ if member_type is object else member_type.__new__
        if isinstance(__new__, staticmethod):
            __new__ = __new__.__func__
        use_args = __new__ is not object.__new__
        return __new__, save_new, use_args

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        else:
            exc = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve
        if exc is None:
            exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve
        raise exc

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        # the members (not aliases), the container protocol, and what a
        # mixed-in data type offers
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__",
                 "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add("__init_subclass__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """The name -> member mapping, aliases included."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


EnumMeta = EnumType


def _has_own_value(m):
    try:
        object.__getattribute__(m, "_value_")
        return True
    except AttributeError:
        return False


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        return cls._lookup_(value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        # name, value, public attributes of the member and public names of
        # the enum classes (not the members or aliases); with a mixed-in
        # data type, everything the member has
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__"}
        if self._member_type_ is object:
            names.update(("name", "value"))
        else:
            names.update(object.__dir__(self))
        names.update(n for n in getattr(self, "__dict__", ()) if not n.startswith("_"))
        members = type(self)._member_map_
        for cls in type(self).__mro__:
            for n in cls.__dict__:
                if not n.startswith("_") and n not in members:
                    names.add(n)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """How Flag treats values with bits outside its members."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for bit flags: members combine with |, & and ^."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high_bit = last.bit_length()
        except Exception:
            raise TypeError("invalid flag value %r" % last) from None
        return 2 ** high_bit

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _flag_bin(value, width), _flag_bin(flag_mask, width)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        member_value = 0
        names = []
        for m in cls._iter_member_(value):
            names.append(m._name_)
            member_value |= m._value_
        unknown = value & ~member_value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not _has_own_value(pseudo):
            pseudo._value_ = value
        if names or unknown:
            if unknown and cls._boundary_ is KEEP:
                if names:
                    names.append(hex(unknown) if False else str(unknown))
                    pseudo._name_ = "|".join(names)
                else:
                    pseudo._name_ = None
            else:
                pseudo._name_ = "|".join(names) if names else None
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._inverted_ is None:
            inv = self.__class__(self._flag_mask_ ^ self._value_)
            if isinstance(inv, self.__class__):
                object.__setattr__(self, "_inverted_", inv)
            else:
                return inv
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._inverted_ = None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based bit flags."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck
    constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = ["%s -> %s" % (alias, m.name)
                           for alias, m in enumeration.__members__.items() if alias != m.name]
                if aliases:
                    raise ValueError("aliases found in %r: %s" % (enumeration, ", ".join(aliases)))
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
            elif check is CONTINUOUS:
                values = sorted({m.value for m in enumeration})
                if len(values) >= 2:
                    low, high = values[0], values[-1]
                    missing = [v for v in range(low, high + 1) if v not in values]
                    if missing:
                        raise ValueError("invalid enum %r: missing values %s"
                                         % (cls_name, ", ".join(map(str, missing))))
        return enumeration


def _check_named_flags(enumeration):
    # every bit of a (non-negative) alias must be the value of a member
    named = {m.value for m in enumeration}
    canonical = set(enumeration._member_names_)
    missing_names, missing = [], 0
    for name, m in enumeration._member_map_.items():
        if name in canonical or m.value < 0:
            continue
        unnamed = 0
        rest = m.value
        while rest:
            bit = rest & -rest
            rest ^= bit
            if bit not in named:
                unnamed |= bit
        if unnamed:
            missing_names.append(name)
            missing |= unnamed
    if not missing_names:
        return
    if len(missing_names) == 1:
        who = "alias %s is missing" % missing_names[0]
    else:
        who = "aliases %s and %s are missing" % (", ".join(missing_names[:-1]), missing_names[-1])
    what = ("value 0x%x" if missing & (missing - 1) == 0 else "combined values of 0x%x") % missing
    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                     % (enumeration.__name__, who, what))


def global_enum(cls, update_str=False):
    """Export the members of cls into its module's namespace."""
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, **kwds):
    def convert(cls):
        body = {k: v for k, v in cls.__dict__.items() if not k.startswith("__")}
        return etype(cls.__name__, body)
    return convert
