"""Pretty-printing of Python data structures.

Written for rebeam from the documentation of the pprint module and the
layouts CPython produces.
"""

import sys as _sys
import collections as _collections
import dataclasses as _dataclasses
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Print a pretty representation of object to stream (sys.stdout)."""
    options = dict(indent=indent, width=width, depth=depth, compact=compact,
                   sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    PrettyPrinter(stream=stream, **options).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty representation of object as a string."""
    options = dict(indent=indent, width=width, depth=depth, compact=compact,
                   sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return PrettyPrinter(**options).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dictionaries keep their insertion order."""
    kwargs["sort_dicts"] = sort_dicts
    pprint(object, *args, **kwargs)


def _default_verdict(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that survives recursive structures."""
    text, _, _ = _default_verdict(object)
    return text


def isreadable(object):
    """Whether eval() of saferepr(object) could rebuild it."""
    return _default_verdict(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _default_verdict(object)[2]


class _SortKey:
    """Orders values that may not be comparable with each other: those that
    are compare naturally, the rest by type name and identity."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _item_key(pair):
    return _SortKey(pair[0]), _SortKey(pair[1])


def _recursion_marker(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


def _split_words(line):
    """Cut line into pieces, each a run of non-spaces and the spaces after."""
    pieces = []
    start = 0
    size = len(line)
    while start < size:
        k = start
        while k < size and not line[k].isspace():
            k += 1
        while k < size and line[k].isspace():
            k += 1
        pieces.append(line[start:k])
        start = k
    return pieces


def _fill(chunks, width, tight, allowance):
    """Reprs of runs of consecutive chunks (str or bytes), each run as long
    as its repr fits in width; the run that takes chunk number tight (None
    for none) must leave room for allowance too."""
    lines = []
    pending = chunks[0][:0] if chunks else ""
    for n, chunk in enumerate(chunks):
        limit = width - allowance if n == tight else width
        if len(repr(pending + chunk)) > limit and pending:
            lines.append(repr(pending))
            pending = chunk
        else:
            pending += chunk
    if pending:
        lines.append(repr(pending))
    return lines


def _bytes_lines(data, width, allowance):
    """Reprs of consecutive slices of data (in steps of four bytes) that
    each fit in width; a last, short slice must leave room for allowance."""
    quads = [data[start:start + 4] for start in range(0, len(data), 4)]
    return _fill(quads, width, len(data) // 4 if len(data) % 4 else None, allowance)


_probe_file = []


def _generated_repr_file():
    if not _probe_file:
        @_dataclasses.dataclass
        class Probe:
            pass
        code = getattr(Probe.__repr__, "__code__", None)
        _probe_file.append(code.co_filename if code is not None else None)
    return _probe_file[0]


_PLAIN_SCALARS = {str, bytes, bytearray, float, complex, bool, type(None)}


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Options: indent per nesting level, target line width, depth
        limit, output stream, compact sequences, sorted dict keys, and
        underscores in int literals."""
        self._indent_per_level = int(indent)
        self._width = int(width)
        self._depth = depth
        problem = None
        if self._indent_per_level < 0:
            problem = 'indent must be >= 0'
        elif depth is not None and depth <= 0:
            problem = 'depth must be > 0'
        elif self._width == 0:
            problem = 'width must be != 0'
        if problem:
            raise ValueError(problem)
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public ---------------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._readable = True
        self._recursive = False
        self._lay_out(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr text, readable, recursive) for object on one line."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- one-line reprs -------------------------------------------------

    def _one_line(self, obj, context, level):
        text, readable, recursive = self.format(obj, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _safe_repr(self, obj, context, maxlevels, level):
        kind = type(obj)
        if kind in _PLAIN_SCALARS:
            return repr(obj), True, False
        shown_by = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and shown_by is int.__repr__:
            text = f"{obj:_d}" if self._underscore_numbers else repr(obj)
            return text, True, False

        if issubclass(kind, dict) and shown_by is dict.__repr__:
            opener, closer = "{", "}"
            entries = list(obj.items())
            if self._sort_dicts:
                entries.sort(key=_item_key)
            pairs = True
        elif ((issubclass(kind, list) and shown_by is list.__repr__) or
              (issubclass(kind, tuple) and shown_by is tuple.__repr__)):
            opener, closer = ("[", "]") if issubclass(kind, list) else ("(", ")")
            if issubclass(kind, tuple) and len(obj) == 1:
                closer = ",)"
            entries = obj
            pairs = False
        else:
            text = repr(obj)
            return text, bool(text) and not text.startswith("<"), False

        if not obj:
            return opener + closer.lstrip(","), True, False
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return opener + "..." + closer, False, key in context
        if key in context:
            return _recursion_marker(obj), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for entry in entries:
            if pairs:
                k, v = entry
                ktext, kok, krec = self.format(k, context, maxlevels, level + 1)
                vtext, vok, vrec = self.format(v, context, maxlevels, level + 1)
                parts.append(ktext + ": " + vtext)
                readable = readable and kok and vok
                recursive = recursive or krec or vrec
            else:
                text, ok, rec = self.format(entry, context, maxlevels, level + 1)
                parts.append(text)
                readable = readable and ok
                recursive = recursive or rec
        del context[key]
        return opener + ", ".join(parts) + closer, readable, recursive

    # -- multi-line layout ----------------------------------------------

    def _lay_out(self, obj, out, indent, allowance, context, level):
        key = id(obj)
        if key in context:
            out.append(_recursion_marker(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._one_line(obj, context, level)
        if len(text) > self._width - indent - allowance:
            method = _LAYOUTS.get(getattr(type(obj), "__repr__", None))
            if method is None and self._is_plain_dataclass(obj):
                method = PrettyPrinter._lay_out_dataclass
            if method is not None:
                context[key] = 1
                method(self, obj, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(text)

    @staticmethod
    def _is_plain_dataclass(obj):
        if isinstance(obj, type) or not _dataclasses.is_dataclass(obj):
            return False
        if not obj.__dataclass_params__.repr:
            return False
        shown_by = type(obj).__repr__
        wrapped = getattr(shown_by, "__wrapped__", None)
        if wrapped is not None:
            return "__create_fn__" in wrapped.__qualname__
        # Without the wrapper, a generated __repr__ comes from where the
        # one of a probe dataclass comes from; a hand-written one does not.
        code = getattr(shown_by, "__code__", None)
        return code is not None and code.co_filename == _generated_repr_file()

    def _indent_pad(self, out):
        if self._indent_per_level > 1:
            out.append(" " * (self._indent_per_level - 1))

    def _lay_out_sequence(self, items, out, indent, allowance, context, level):
        """Write items separated by commas, one per line unless compact."""
        indent += self._indent_per_level
        self._indent_pad(out)
        newline = ",\n" + " " * indent
        full = self._width - indent + 1
        room = full
        items = list(items)
        separator = ""
        for n, item in enumerate(items):
            last = n == len(items) - 1
            if last:
                full -= allowance
                room -= allowance
            if self._compact:
                text = self._one_line(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if separator:
                        separator = newline
                if room >= need:
                    room -= need
                    out.append(separator)
                    out.append(text)
                    separator = ", "
                    continue
            out.append(separator)
            separator = newline
            self._lay_out(item, out, indent, allowance if last else 1,
                          context, level)

    def _lay_out_pairs(self, pairs, out, indent, allowance, context, level):
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        for n, (k, v) in enumerate(pairs):
            last = n == len(pairs) - 1
            ktext = self._one_line(k, context, level)
            out.append(ktext + ": ")
            self._lay_out(v, out, indent + len(ktext) + 2,
                          allowance if last else 1, context, level)
            if not last:
                out.append(newline)

    def _lay_out_fields(self, fields, out, indent, allowance, context, level):
        newline = ",\n" + " " * indent
        for n, (name, value) in enumerate(fields):
            last = n == len(fields) - 1
            out.append(name + "=")
            if id(value) in context:
                out.append("...")
            else:
                self._lay_out(value, out, indent + len(name) + 1,
                              allowance if last else 1, context, level)
            if not last:
                out.append(newline)

    def _lay_out_dict(self, obj, out, indent, allowance, context, level):
        out.append("{")
        self._indent_pad(out)
        if obj:
            pairs = list(obj.items())
            if self._sort_dicts:
                pairs.sort(key=_item_key)
            self._lay_out_pairs(pairs, out, indent, allowance + 1, context, level)
        out.append("}")

    def _lay_out_ordered_dict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "(")
        self._lay_out(list(obj.items()), out, indent + len(name) + 1,
                      allowance + 1, context, level)
        out.append(")")

    def _lay_out_list(self, obj, out, indent, allowance, context, level):
        out.append("[")
        self._lay_out_sequence(obj, out, indent, allowance + 1, context, level)
        out.append("]")

    def _lay_out_tuple(self, obj, out, indent, allowance, context, level):
        closer = ",)" if len(obj) == 1 else ")"
        out.append("(")
        self._lay_out_sequence(obj, out, indent, allowance + len(closer),
                               context, level)
        out.append(closer)

    def _lay_out_set(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        kind = type(obj)
        if kind is set:
            opener, closer = "{", "}"
        else:
            opener, closer = kind.__name__ + "({", "})"
            indent += len(kind.__name__) + 1
        out.append(opener)
        members = sorted(obj, key=_SortKey)
        self._lay_out_sequence(members, out, indent, allowance + len(closer),
                               context, level)
        out.append(closer)

    def _lay_out_str(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = obj.splitlines(True)
        pieces = []
        for n, line in enumerate(lines):
            final_line = n == len(lines) - 1
            whole = repr(line)
            if len(whole) <= width - (allowance if final_line else 0):
                pieces.append(whole)
                continue
            words = _split_words(line)
            pieces += _fill(words, width, len(words) - 1 if final_line else None, allowance)
        if len(pieces) == 1:
            out.append(repr(obj))
            return
        if top:
            out.append("(")
        out.append(("\n" + " " * indent).join(pieces))
        if top:
            out.append(")")

    def _lay_out_bytes(self, obj, out, indent, allowance, context, level):
        if len(obj) <= 4:
            out.append(repr(obj))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            out.append("(")
        out.append(("\n" + " " * indent).join(
            _bytes_lines(obj, self._width - indent, allowance)))
        if top:
            out.append(")")

    def _lay_out_bytearray(self, obj, out, indent, allowance, context, level):
        out.append("bytearray(")
        self._lay_out_bytes(bytes(obj), out, indent + 10, allowance + 1,
                            context, level + 1)
        out.append(")")

    def _lay_out_mappingproxy(self, obj, out, indent, allowance, context, level):
        out.append("mappingproxy(")
        self._lay_out(obj.copy(), out, indent + 13, allowance + 1, context, level)
        out.append(")")

    def _lay_out_namespace(self, obj, out, indent, allowance, context, level):
        kind = type(obj)
        name = "namespace" if kind is _types.SimpleNamespace else kind.__name__
        out.append(name + "(")
        self._lay_out_fields(list(obj.__dict__.items()), out,
                             indent + len(name) + 1, allowance, context, level)
        out.append(")")

    def _lay_out_dataclass(self, obj, out, indent, allowance, context, level):
        name = type(obj).__name__
        fields = [(f.name, getattr(obj, f.name))
                  for f in _dataclasses.fields(obj) if f.repr]
        out.append(name + "(")
        self._lay_out_fields(fields, out, indent + len(name) + 1, allowance,
                             context, level)
        out.append(")")

    def _lay_out_defaultdict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        factory = self._one_line(obj.default_factory, context, level)
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, factory, " " * indent))
        self._lay_out_dict(obj, out, indent, allowance + 1, context, level)
        out.append(")")

    def _lay_out_counter(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "({")
        self._indent_pad(out)
        self._lay_out_pairs(obj.most_common(), out, indent + len(name) + 1,
                            allowance + 2, context, level)
        out.append("})")

    def _lay_out_chainmap(self, obj, out, indent, allowance, context, level):
        if not obj.maps:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "(")
        indent += len(name) + 1
        for n, mapping in enumerate(obj.maps):
            if n:
                out.append(",\n" + " " * indent)
            last = n == len(obj.maps) - 1
            self._lay_out(mapping, out, indent, allowance + 1 if last else 1,
                          context, level)
        out.append(")")

    def _lay_out_deque(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "([")
        indent += len(name) + 1
        if obj.maxlen is None:
            self._lay_out_sequence(obj, out, indent, allowance + 2, context, level)
            out.append("])")
        else:
            self._lay_out_sequence(obj, out, indent, 2, context, level)
            maxlen = self._one_line(obj.maxlen, context, level)
            out.append("],\n%smaxlen=%s)" % (" " * indent, maxlen))

    def _lay_out_wrapped(self, obj, out, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the data they wrap.
        self._lay_out(obj.data, out, indent, allowance, context, level - 1)


_LAYOUTS = {
    dict.__repr__: PrettyPrinter._lay_out_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._lay_out_ordered_dict,
    list.__repr__: PrettyPrinter._lay_out_list,
    tuple.__repr__: PrettyPrinter._lay_out_tuple,
    set.__repr__: PrettyPrinter._lay_out_set,
    frozenset.__repr__: PrettyPrinter._lay_out_set,
    str.__repr__: PrettyPrinter._lay_out_str,
    bytes.__repr__: PrettyPrinter._lay_out_bytes,
    bytearray.__repr__: PrettyPrinter._lay_out_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._lay_out_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._lay_out_namespace,
    _collections.defaultdict.__repr__: PrettyPrinter._lay_out_defaultdict,
    _collections.Counter.__repr__: PrettyPrinter._lay_out_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._lay_out_chainmap,
    _collections.deque.__repr__: PrettyPrinter._lay_out_deque,
    _collections.UserDict.__repr__: PrettyPrinter._lay_out_wrapped,
    _collections.UserList.__repr__: PrettyPrinter._lay_out_wrapped,
    _collections.UserString.__repr__: PrettyPrinter._lay_out_wrapped,
}
