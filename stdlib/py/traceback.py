"""Extract, format and print exceptions and stack traces, as CPython's
traceback module documents them. Formatting goes through the
interpreter's own traceback printer (the _traceback helper), so the text
matches what an uncaught exception prints, carets included. The limit
limit arguments trim the frames of each traceback shown."""

import sys
import _traceback

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

_sentinel = object()


def _split_chunks(text):
    """The lines of a formatted traceback grouped as CPython's list
    results group them: each frame with its source and caret lines."""
    out = []
    for line in text.splitlines(keepends=True):
        if out and line.startswith("    ") and out[-1].startswith("  File "):
            out[-1] += line
        else:
            out.append(line)
    return out


def _limit_chunks(chunks, limit):
    """Keeps the first limit frames of each traceback in chunks (the last
    -limit when negative), dropping a header left with no frames."""
    if limit is None:
        return chunks
    out = []
    i = 0
    while i < len(chunks):
        c = chunks[i]
        if c == "Traceback (most recent call last):\n":
            j = i + 1
            while j < len(chunks) and chunks[j].startswith("  File "):
                j += 1
            frames = chunks[i + 1:j]
            frames = frames[:limit] if limit >= 0 else frames[limit:]
            if frames:
                out.append(c)
                out.extend(frames)
            i = j
        else:
            out.append(c)
            i += 1
    return out


def _resolve(exc, value, tb):
    if value is _sentinel:
        return exc
    if value is None:
        return None
    if tb is not _sentinel and tb is not None and value.__traceback__ is not tb:
        value = value.with_traceback(tb)
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of a traceback and exception, as print_exception would
    write them."""
    value = _resolve(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    return _limit_chunks(_split_chunks(_traceback.format_exception(value, chain)), limit)


def format_exception_only(exc, /, value=_sentinel):
    """The exception part of a traceback: ["Type: message\\n"]."""
    value = _resolve(exc, value, _sentinel)
    if value is None:
        return ["NoneType: None\n"]
    if isinstance(value, type):
        return [value.__name__ + "\n"]
    return _split_chunks(_traceback.format_exception_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception and its traceback to file (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """print_exc() as a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, with its traceback."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_value with its traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def format_tb(tb, limit=None):
    """The frame entries of a traceback as formatted strings."""
    entries = _split_chunks(_traceback.format_tb(tb))
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return entries


def print_tb(tb, limit=None, file=None):
    """Print the frame entries of a traceback."""
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end="")


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    """One frame of a stack: filename, lineno, name and line."""
    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def _getline(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except Exception:
        pass
    return ""


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        """The frames formatted as format_list does."""
        out = []
        for f in self:
            row = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                row += "    {}\n".format(f.line.strip())
            out.append(row)
        return out


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of a traceback."""
    frames = [FrameSummary(fn, ln, name, line=line)
              for fn, ln, name, line in _traceback.frames(tb)]
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    return StackSummary(frames)


def walk_stack(f):
    """Yield (frame, lineno) from frame f outwards (from the caller when
    f is None)."""
    depth = 2 if f is None else 1
    while True:
        try:
            fr = sys._getframe(depth)
        except ValueError:
            return
        yield fr, fr.f_lineno
        depth += 1


def extract_stack(f=None, limit=None):
    """A StackSummary of the current stack, outermost first."""
    frames = []
    depth = 1
    while True:
        try:
            fr = sys._getframe(depth)
        except ValueError:
            break
        code = fr.f_code
        frames.append(FrameSummary(code.co_filename, fr.f_lineno, code.co_name))
        depth += 1
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary(frames)


def format_list(extracted_list):
    """Format (filename, lineno, name, line) entries for printing."""
    return StackSummary.from_list(extracted_list).format()


def format_stack(f=None, limit=None):
    """The current stack formatted for printing."""
    stack = extract_stack(limit=limit)
    return format_list(stack[:-1])


def print_stack(f=None, limit=None, file=None):
    """Print the current stack."""
    if file is None:
        file = sys.stderr
    for line in format_stack(limit=limit):
        print(line, file=file, end="")


def clear_frames(tb):
    """Clear the local variables of the traceback's frames (a no-op)."""


class TracebackException:
    """An exception ready for formatting: from_exception(exc).format()."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self._exc = exc_value
        self.stack = extract_tb(exc_traceback, limit)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(getattr(exc_value, "__suppress_context__", False))
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self._str = str(exc_value) if exc_value is not None else ""
        if exc_value is not None and isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the exception part of the traceback."""
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        """Yield the lines of the full traceback."""
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from format_exception(self._exc, chain=chain)
