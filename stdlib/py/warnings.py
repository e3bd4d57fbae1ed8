"""Issuing warnings and controlling which of them are shown.

Written for rebeam from the documentation of the warnings module.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_KNOWN_ACTIONS = frozenset(("error", "ignore", "always", "default", "module", "once"))

# Each filter is (action, message pattern, category, module pattern, lineno);
# a pattern is None (anything), a compiled regex (matched at the start) or,
# for the built-in defaults, a plain string that must be equal.
filters = []
defaultaction = "default"
onceregistry = {}

# Bumped on every change of the filters so that per-module registries, which
# remember what was already shown, are forgotten.
_generation = 0


def _filters_mutated():
    global _generation
    _generation += 1


def _store(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        while entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def _check_common(action, category, lineno):
    assert action in _KNOWN_ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter for warnings whose text starts with the message regex
    (ignoring case), whose category is a subclass of category and whose
    module name starts with the module regex."""
    import re
    _check_common(action, category, lineno)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    text_pattern = re.compile(message, re.I) if message else None
    module_pattern = re.compile(module) if module else None
    _store((action, text_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that applies to every message and module."""
    _check_common(action, category, lineno)
    _store((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove all filters, the built-in defaults included."""
    filters[:] = []
    _filters_mutated()


class WarningMessage(object):
    """What is known about one issued warning."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, values):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        shown = [("message", repr(self.message)),
                 ("category", repr(self._category_name)),
                 ("filename", repr(self.filename)),
                 ("lineno", str(self.lineno)),
                 ("line", repr(self.line))]
        return "{" + ", ".join(k + " : " + v for k, v in shown) + "}"


def _source_line(filename, lineno):
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            for number, text in enumerate(f, 1):
                if number == lineno:
                    return text
    except Exception:
        pass
    return ""


def _render(msg):
    head = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno,
                                 msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    line = line.strip() if line else ""
    return head + ("  %s\n" % line if line else "")


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text showwarning() writes for a warning."""
    return _render(WarningMessage(message, category, filename, lineno, None, line))


def _write(msg):
    stream = msg.file if msg.file is not None else sys.stderr
    if stream is None:
        return
    if formatwarning is _original_formatwarning:
        text = _render(msg)
    else:
        text = formatwarning(msg.message, msg.category, msg.filename,
                             msg.lineno, msg.line)
    try:
        stream.write(text)
    except OSError:
        pass


# catch_warnings(record=True) swaps this for the list's append.
_showwarnmsg_impl = _write


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (standard error by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


_original_showwarning = showwarning
_original_formatwarning = formatwarning
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _deliver(msg):
    hook = showwarning
    if hook is _original_showwarning:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
         msg.line)


def _pattern_ok(pattern, value):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == value
    return pattern.match(value) is not None


def _choose_action(text, category, module, lineno):
    for entry in filters:
        action, text_pattern, kind, module_pattern, at_line = entry
        if (_pattern_ok(text_pattern, text) and issubclass(category, kind)
                and _pattern_ok(module_pattern, module)
                and at_line in (0, lineno)):
            return action, entry
    return defaultaction, None


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning with every detail of its origin given."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is not None and registry.get("version") != _generation:
        registry.clear()
        registry["version"] = _generation

    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)

    if registry is not None and registry.get((text, category, lineno)):
        return
    action, entry = _choose_action(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action not in _KNOWN_ACTIONS:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    if action != "always":
        if registry is not None:
            registry[(text, category, lineno)] = True
        # "once" remembers the text per module registry (or in onceregistry
        # when there is none); "module" per registry regardless of line.
        if action == "once":
            memory = onceregistry if registry is None else registry
            seen_key = (text, category)
        elif action == "module":
            memory = registry
            seen_key = (text, category, 0)
        else:
            memory = None
        if memory is not None:
            if memory is onceregistry and memory.get("version") != _generation:
                memory.clear()
                memory["version"] = _generation
            if memory.get(seen_key):
                return
            memory[seen_key] = True
    _deliver(WarningMessage(message, category, filename, lineno, None, None,
                            source))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning; stacklevel picks the frame it is reported against
    (1 is the caller of warn)."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = sys._getframe(max(stacklevel, 1))
    except ValueError:
        scope = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        scope = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = scope.get("__name__", "<string>")
    registry = scope.get("__warningregistry__")
    if registry is None:
        registry = {}
        try:
            scope["__warningregistry__"] = registry
        except TypeError:
            pass
    warn_explicit(message, category, filename, lineno, module, registry,
                  scope, source)


class catch_warnings(object):
    """Context manager that saves the filters and showwarning() on entry and
    restores them on exit; with record=True, warnings are collected in the
    list that __enter__ returns instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        caught = []
        mod._showwarnmsg_impl = caught.append
        mod.showwarning = mod._showwarning_orig
        return caught

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()


def _apply_option(option):
    """Install a filter from a -W style 'action:message:category:module:lineno'."""
    import re
    fields = [part.strip() for part in option.split(":")]
    if len(fields) > 5:
        raise ValueError("too many fields (max 5): %r" % (option,))
    fields += [""] * (5 - len(fields))
    action, message, category_name, module, line = fields
    if action:
        matches = [a for a in _KNOWN_ACTIONS if a.startswith(action)]
        if action not in _KNOWN_ACTIONS and len(matches) != 1:
            raise ValueError("invalid action: %r" % (action,))
        action = action if action in _KNOWN_ACTIONS else matches[0]
    else:
        action = "default"
    category = Warning
    if category_name:
        import builtins
        found = getattr(builtins, category_name, None)
        if not (isinstance(found, type) and issubclass(found, Warning)):
            raise ValueError("invalid warning category: %r" % (category_name,))
        category = found
    lineno = 0
    if line:
        try:
            lineno = int(line)
        except ValueError:
            lineno = -1
        if lineno < 0:
            raise ValueError("invalid lineno %r" % (line,)) from None
    if message or module:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r"\Z"
    filterwarnings(action, message, category, module, lineno)


# The defaults CPython installs: DeprecationWarning is shown for code in
# __main__ only, and a few categories are silent.
filters[:] = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]


def _read_warnoptions():
    for option in getattr(sys, "warnoptions", ()):
        try:
            _apply_option(option)
        except ValueError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


_read_warnoptions()
