"""String constants, capwords, Template and Formatter, as CPython's string
module documents them."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import _string
import re as _re

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word, and join them with sep (a
    single space when sep is None)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------- Template

_sentinel_dict = {}


class Template:
    """A string class for $-substitutions: $name, ${name} and $$.

    A subclass may change delimiter, idpattern, braceidpattern and flags,
    from which its pattern is compiled, or give pattern itself: a regular
    expression with the groups escaped, named, braced and invalid."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            source = cls.pattern
        else:
            source = _placeholder_pattern(cls)
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, start, end, name) for each placeholder: kind is
        'escaped', 'named', 'braced' or 'invalid' (whose name is the
        index where the invalid placeholder starts)."""
        for mo in self.pattern.finditer(self.template):
            for kind in ("escaped", "named", "braced"):
                text = mo.group(kind)
                if text is not None:
                    yield (kind, mo.start(), mo.end(), text)
                    break
            else:
                if mo.group("invalid") is None:
                    raise ValueError("Unrecognized named group in pattern", self.pattern)
                yield ("invalid", mo.start(), mo.end(), mo.start("invalid"))

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d"
                         % (lineno, colno))

    def _sub(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        last = 0
        s = self.template
        for kind, start, end, name in self._scan():
            out.append(s[last:start])
            last = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                if safe:
                    out.append(s[start:end])
                else:
                    self._invalid(name)
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    if not safe:
                        raise
                    out.append(s[start:end])
        out.append(s[last:])
        return "".join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """Substitute the placeholders; KeyError for a missing one."""
        return self._sub(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Substitute the placeholders, leaving missing or invalid ones
        as they are."""
        return self._sub(mapping, kws, True)

    def is_valid(self):
        """False when the template has an invalid placeholder."""
        for kind, _, _, _ in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        """The valid identifiers of the template, in order of first
        appearance."""
        ids = []
        for kind, start, _, name in self._scan():
            if kind in ("named", "braced") and name not in ids:
                ids.append(name)
            elif kind == "invalid":
                self._invalid(name)
        return ids


def _placeholder_pattern(cls):
    # The delimiter, then one of: the delimiter again, an identifier, a
    # braced identifier, or nothing valid at all.
    delim = _re.escape(cls.delimiter)
    braced = cls.braceidpattern or cls.idpattern
    return (delim + "(?:"
            "(?P<escaped>" + delim + ")"
            " | (?P<named>" + cls.idpattern + ")"
            " | {(?P<braced>" + braced + ")}"
            " | (?P<invalid>)"
            ")")


Template.pattern = _re.compile(_placeholder_pattern(Template), Template.flags | _re.VERBOSE)


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---------------------------------------------------------------- Formatter

class Formatter:
    """The str.format machinery, with each step overridable."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field "
                                         "specification to automatic field "
                                         "numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field "
                                         "specification to automatic field "
                                         "numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) for
        each replacement field (the last item may have a None field)."""
        return iter(_string.formatter_parser(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
