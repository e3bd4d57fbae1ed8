"""Get useful information from live Python objects.

Type predicates (ismodule, isclass, isfunction, ...), members and
documentation of objects (getmembers, getdoc, cleandoc), where objects
come from (getmodule, getfile, getsource), and the call signatures of
callables: signature() returns a Signature of Parameters, which can bind
arguments to BoundArguments.
"""

import builtins
import collections.abc
import enum
import functools
import os
import re
import sys
import types
from collections import namedtuple
from operator import attrgetter

# Bits of a code object's co_flags.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# --- What kind of object is it? -------------------------------------------------

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def _bound_builtin(object):
    # A builtin method bound to its object, such as [].append.
    return (isinstance(object, types.MethodType)
            and isinstance(object.__func__, types.BuiltinFunctionType))


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType) and not _bound_builtin(object)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _code_flag_set(func, flag):
    """Whether func, seen through methods and partials, is a Python
    function whose code has flag set."""
    while True:
        if ismethod(func):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            break
    return isfunction(func) and bool(func.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _code_flag_set(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    return _code_flag_set(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _code_flag_set(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    if iscoroutine(object) or isinstance(object, collections.abc.Awaitable):
        return True
    code = getattr(object, "gi_code", None) if isgenerator(object) else None
    return code is not None and bool(code.co_flags & CO_ITERABLE_COROUTINE)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType) or _bound_builtin(object)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, types.MethodWrapperType) and not ismethod(object) \
        and not _bound_builtin(object)


def _plain_callable(object):
    return isclass(object) or ismethod(object) or isfunction(object)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor.

    That is, it has __get__ but not __set__, and is not a class, method or
    function (for which more specific tests exist).
    """
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor.

    Data descriptors have a __set__ or a __delete__ attribute.
    """
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", ()))


# --- Members and documentation ---------------------------------------------------

def getmro(cls):
    "Return tuple of base classes (including cls) in method resolution order."
    return cls.__mro__


def _members(object, predicate, fetch):
    names = dir(object)
    owners = ()
    if isclass(object):
        owners = (object,) + getmro(object)
        # A DynamicClassAttribute raises on class access; list it anyway.
        for base in object.__bases__:
            names.extend(name for name, value in vars(base).items()
                          if isinstance(value, types.DynamicClassAttribute))
    found = {}
    for name in names:
        if name in found:
            continue
        try:
            value = fetch(object, name)
        except AttributeError:
            for owner in owners:
                if name in vars(owner):
                    value = vars(owner)[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found[name] = value
    return sorted(found.items(), key=lambda item: item[0])


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name.
    Optionally, only return members that satisfy a given predicate."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name
    without triggering dynamic lookup via the descriptor protocol,
    __getattr__ or __getattribute__. Optionally, only return members that
    satisfy a given predicate.
    """
    return _members(object, predicate, getattr_static)


_MISSING = object()


def getattr_static(obj, attr, default=_MISSING):
    """Retrieve attributes without triggering dynamic lookup via the
       descriptor protocol,  __getattr__ or __getattribute__.
    """
    if isinstance(obj, type):
        chain = list(obj.__mro__) + list(type(obj).__mro__)
        own = {}
    else:
        chain = list(type(obj).__mro__)
        try:
            own = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            own = {}
    klass_value = _MISSING
    for klass in chain:
        if attr in vars(klass):
            klass_value = vars(klass)[attr]
            break
    data_descriptor = klass_value is not _MISSING and (
        hasattr(type(klass_value), "__set__") or hasattr(type(klass_value), "__delete__"))
    if not data_descriptor and isinstance(own, dict) and attr in own:
        return own[attr]
    if klass_value is not _MISSING:
        return klass_value
    if default is not _MISSING:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    """Clean up indentation from docstrings.

    Any whitespace that can be uniformly removed from the second line
    onwards is removed."""
    lines = doc.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _owner_class(func):
    """The class a function is defined in, found through its __qualname__."""
    path = func.__qualname__.split(".")[:-1]
    if not path or "<locals>" in path:
        return None
    owner = sys.modules.get(func.__module__)
    for part in path:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    """The docstring obj inherits, when it has none of its own."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        obj = obj.__func__
    if isinstance(obj, property):
        name = getattr(obj.fget, "__name__", None)
        owner = _owner_class(obj.fget) if obj.fget is not None else None
    elif isfunction(obj):
        name = obj.__name__
        owner = _owner_class(obj)
    else:
        return None
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        candidate = vars(base).get(name)
        if candidate is not None and getattr(candidate, "__doc__", None) is not None:
            return candidate.__doc__
    return None


def getdoc(object):
    """Get the documentation string for an object.

    All tabs are expanded to spaces.  To clean up docstrings that are
    indented to line up with blocks of code, any whitespace than can be
    uniformly removed from the second line onwards is removed."""
    doc = getattr(object, "__doc__", None)
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# --- Where objects come from ------------------------------------------------------

# How to get from an object to the code object it runs: a method's
# function, a function's code; a traceback's frame, a frame's code.
_TOWARDS_CODE = ((ismethod, "__func__"), (isfunction, "__code__"),
                 (istraceback, "tb_frame"), (isframe, "f_code"))


def _code_of(object):
    for applies, attribute in _TOWARDS_CODE:
        if applies(object):
            object = getattr(object, attribute)
    return object if iscode(object) else None


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        path = getattr(object, "__file__", None)
        if path:
            return path
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(getattr(object, "__module__", None))
        path = getattr(module, "__file__", None)
        if path:
            return path
        raise TypeError("{!r} is a built-in class".format(object))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source.
    Return None if no way can be identified to get the source.
    """
    filename = getfile(object)
    if filename.endswith(".py") or os.path.exists(filename):
        return filename
    return None


def getabsfile(object, _filename=None):
    """Return an absolute path to the source or compiled file for an object."""
    return os.path.normcase(os.path.abspath(_filename or getsourcefile(object) or getfile(object)))


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if isinstance(name, str):
        return sys.modules.get(name)
    try:
        filename = getfile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        if getattr(module, "__file__", None) == filename:
            return module
    return sys.modules.get("__main__") if getattr(sys.modules.get("__main__"), "__file__", None) == filename else None


def _file_lines(object):
    try:
        filename = getsourcefile(object)
    except TypeError:
        raise
    if not filename:
        raise OSError("source code not available")
    try:
        with open(filename, encoding="utf-8") as handle:
            return handle.read().splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):
        raise OSError("could not get source code") from None


def _indent_of(line):
    return len(line) - len(line.lstrip())


def _block_from(lines, start):
    """The lines of the statement starting at index start, with its
    decorators above and its indented body below."""
    first = start
    base = _indent_of(lines[start])
    while first > 0 and lines[first - 1].strip().startswith("@") \
            and _indent_of(lines[first - 1]) == base:
        first -= 1
    end = start + 1
    depth = lines[start].count("(") + lines[start].count("[") - \
        lines[start].count(")") - lines[start].count("]")
    header_done = lines[start].rstrip().endswith(":") and depth <= 0
    single = not header_done and depth <= 0 and not lines[start].rstrip().endswith(("\\", ":"))
    if single and re.match(r"\s*(async\s+)?(def|class)\b", lines[start]) is None:
        return lines[first:end]
    while end < len(lines):
        line = lines[end]
        if not header_done:
            depth += line.count("(") + line.count("[") - line.count(")") - line.count("]")
            if depth <= 0 and line.rstrip().endswith(":"):
                header_done = True
            end += 1
            continue
        if line.strip() and _indent_of(line) <= base and not line.lstrip().startswith("#"):
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    if re.match(r"\s*(async\s+)?(def|class)\b.*:\s*\S", lines[start]) and \
            not lines[start].rstrip().endswith(":"):
        # A one-line definition: def f(): return 1
        end = start + 1
    return lines[first:end]


def findsource(object):
    """Return the entire source file and starting line number for an object.

    The argument may be a module, class, method, function, traceback, frame,
    or code object.  The source code is returned as a list of all the lines
    in the file and the line number indexes a line in that list.  An OSError
    is raised if the source code cannot be retrieved."""
    lines = _file_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        pattern = re.compile(r"\s*class\s+" + re.escape(object.__name__) + r"\b")
        for index, line in enumerate(lines):
            if pattern.match(line):
                return lines, index
        raise OSError("could not find class definition")
    code = _code_of(object)
    if code is not None:
        index = code.co_firstlineno - 1
        if not 0 <= index < len(lines):
            raise OSError("lineno is out of bounds")
        return lines, index
    raise OSError("could not find code object")


def getsourcelines(object):
    """Return a list of source lines and starting line number for an object.

    The argument may be a module, class, method, function, traceback, frame,
    or code object.  The source code is returned as a list of the lines
    corresponding to the object and the line number indicates where in the
    original source file the first line of code was found.  An OSError is
    raised if the source code cannot be retrieved."""
    object = unwrap(object)
    lines, index = findsource(object)
    if ismodule(object):
        return lines, 0
    block = _block_from(lines, index)
    first = index
    while first > 0 and lines[first - 1].strip().startswith("@") \
            and _indent_of(lines[first - 1]) == _indent_of(lines[index]):
        first -= 1
    return block, first + 1


def getsource(object):
    """Return the text of the source code for an object.

    The argument may be a module, class, method, function, traceback, frame,
    or code object.  The source code is returned as a single string.  An
    OSError is raised if the source code cannot be retrieved."""
    lines, _ = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    """Get lines of comments immediately preceding an object's source code.

    Returns None when source can't be found.
    """
    try:
        lines, index = findsource(object)
    except (OSError, TypeError):
        return None
    above = []
    cursor = index - 1
    while cursor >= 0 and lines[cursor].lstrip().startswith("#"):
        above.insert(0, lines[cursor].lstrip())
        cursor -= 1
    return "".join(above) or None


def unwrap(func, *, stop=None):
    """Get the object wrapped by *func*.

   Follows the chain of :attr:`__wrapped__` attributes returning the last
   object in the chain.

   *stop* is an optional callback accepting an object in the wrapper chain
   as its sole argument that allows the unwrapping to be terminated early if
   the callback returns a true value. If the callback never returns a true
   value, the last object in the chain is returned instead. The callback
   can be used to stop unwrapping when an object with a __signature__
   attribute is met.

   :exc:`ValueError` is raised if a cycle is encountered.

    """
    seen = {id(func)}
    original = func
    limit = sys.getrecursionlimit()
    while hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError("wrapper loop when unwrapping {!r}".format(original))
        seen.add(id(func))
    return func


def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


# Where an instruction is in the source; the interpreter records lines only.
_Positions = namedtuple("Positions", "lineno end_lineno col_offset end_col_offset")


class Traceback(namedtuple("_Traceback", "filename lineno function code_context index")):
    """Where a frame is executing: file, line, function and source context."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, "
                "index={!r}, positions={!r})".format(*self, self.positions))


class FrameInfo(namedtuple("_FrameInfo", "frame filename lineno function code_context index")):
    """A frame with what getframeinfo() tells of it."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(*self, self.positions))


def getlineno(frame):
    """Get the line number from a frame object, allowing for optimization."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object.

    A tuple of five things is returned: the filename, the line number of
    the current line, the function name, a list of lines of context from
    the source code, and the index of the current line within that list.
    The optional second argument specifies the number of lines of context
    to return, which are centered around the current line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        try:
            source = _file_lines(frame)
        except (OSError, TypeError):
            pass
        else:
            start = max(0, min(lineno - 1 - context // 2, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(lineno, lineno, None, None))


def _frame_records(frame, context, step):
    records = []
    while frame is not None:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame if isframe(frame) else frame.tb_frame, *info,
                                 positions=info.positions))
        frame = step(frame)
    return records


def getouterframes(frame, context=1):
    """Get a list of records for a frame and all higher (calling) frames.

    Each record contains a frame object, filename, line number, function
    name, a list of lines of context, and index within the context."""
    return _frame_records(frame, context, lambda f: f.f_back)


def getinnerframes(tb, context=1):
    """Get a list of records for a traceback's frame and all lower frames.

    Each record contains a frame object, filename, line number, function
    name, a list of lines of context, and index within the context."""
    return _frame_records(tb, context, lambda t: t.tb_next)


def stack(context=1):
    """Return a list of records for the stack above the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return a list of records for the stack below the current exception."""
    tb = sys.exc_info()[2]
    return getinnerframes(tb, context) if tb is not None else []


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"

CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def _run_state(running, suspended, frame, states):
    created, active, paused, closed = states
    if running:
        return active
    if suspended:
        return paused
    return closed if frame is None else created


def getgeneratorstate(generator):
    """Get current state of a generator-iterator.

    Possible states are:
      GEN_CREATED: Waiting to start execution.
      GEN_RUNNING: Currently being executed by the interpreter.
      GEN_SUSPENDED: Currently suspended at a yield expression.
      GEN_CLOSED: Execution has completed.
    """
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object.

    Possible states are:
      CORO_CREATED: Waiting to start execution.
      CORO_RUNNING: Currently being executed by the interpreter.
      CORO_SUSPENDED: Currently suspended at an await expression.
      CORO_CLOSED: Execution has completed.
    """
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for an object.

    obj may be a callable, class, or module; its annotations are returned
    as a new dict. With eval_str, annotations written as strings are
    evaluated, in the namespaces given by globals and locals or by default
    those obj was defined in.
    """
    if isinstance(obj, type):
        found = obj.__dict__.get("__annotations__", None)
        home = sys.modules.get(getattr(obj, "__module__", None))
        default_globals = getattr(home, "__dict__", None)
        default_locals = dict(vars(obj))
        target = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, "__annotations__", None)
        default_globals = getattr(obj, "__dict__", None)
        default_locals = None
        target = None
    elif callable(obj):
        found = getattr(obj, "__annotations__", None)
        target = obj
        while True:
            if hasattr(target, "__wrapped__"):
                target = target.__wrapped__
            elif isinstance(target, functools.partial):
                target = target.func
            else:
                break
        default_globals = getattr(target, "__globals__", None)
        default_locals = None
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not eval_str:
        return dict(found)
    if globals is None:
        globals = default_globals
    if locals is None:
        locals = default_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in found.items()}


# --- Signatures ----------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """Represents a parameter in a function signature.

    Has the following public attributes:

    * name : str
        The name of the parameter as a string.
    * default : object
        The default value for the parameter if specified.  If the
        parameter has no default value, this attribute is set to
        `Parameter.empty`.
    * annotation
        The annotation for the parameter if specified.  If the
        parameter has no annotation, this attribute is set to
        `Parameter.empty`.
    * kind : str
        Describes how argument values are bound to the parameter.
        Possible values: `Parameter.POSITIONAL_ONLY`,
        `Parameter.POSITIONAL_OR_KEYWORD`, `Parameter.VAR_POSITIONAL`,
        `Parameter.KEYWORD_ONLY`, `Parameter.VAR_KEYWORD`.
    """

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind") from None
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not a {type(name).__name__}")
        if name[:1] == "." and name[1:].isdigit():
            # The implicit argument of a comprehension or generator
            # expression (".0"), shown as implicit0.
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    f"implicit arguments must be passed as positional or keyword "
                    f"arguments, not {kind.description}")
            kind = _POSITIONAL_ONLY
            name = "implicit" + name[1:]
        if not name.isidentifier():
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {"_default": self._default, "_annotation": self._annotation})

    def __setstate__(self, state):
        self._default = state["_default"]
        self._annotation = state["_annotation"]

    name = property(attrgetter("_name"))
    kind = property(attrgetter("_kind"))
    default = property(attrgetter("_default"))
    annotation = property(attrgetter("_annotation"))

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ": " + formatannotation(self._annotation)
        if self._default is not _empty:
            joiner = " = " if self._annotation is not _empty else "="
            text += joiner + repr(self._default)
        prefix = {_VAR_POSITIONAL: "*", _VAR_KEYWORD: "**"}.get(self._kind, "")
        return prefix + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """Result of `Signature.bind` call.  Holds the mapping of arguments
    to the function's parameters.

    Has the following public attributes:

    * arguments : dict
        An ordered mutable mapping of parameters' names to arguments' values.
        Does not contain arguments' default values.
    * signature : Signature
        The Signature object that created this instance.
    * args : tuple
        Tuple of positional arguments values.
    * kwargs : dict
        Dict of keyword arguments values.
    """

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    signature = property(attrgetter("_signature"))

    @property
    def args(self):
        values = []
        for param in self._signature.parameters.values():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or param.name not in self.arguments:
                break
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                values.extend(value)
            else:
                values.append(value)
        return tuple(values)

    @property
    def kwargs(self):
        result = {}
        by_keyword = False
        for param in self._signature.parameters.values():
            if not by_keyword:
                if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    by_keyword = True
                elif param.name not in self.arguments:
                    # A gap: everything after it must go by keyword.
                    by_keyword = True
                    continue
            if not by_keyword or param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_KEYWORD:
                result.update(value)
            elif param.kind != _VAR_POSITIONAL:
                result[param.name] = value
        return result

    def apply_defaults(self):
        """Set default values for missing arguments.

        For variable-positional arguments (*args) the default is an
        empty tuple.

        For variable-keyword arguments (**kwargs) the default is an
        empty dict.
        """
        completed = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                completed[name] = self.arguments[name]
            elif param.default is not _empty:
                completed[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                completed[name] = ()
            elif param.kind == _VAR_KEYWORD:
                completed[name] = {}
        self.arguments = completed

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {"_signature": self._signature, "arguments": self.arguments}

    def __setstate__(self, state):
        self._signature = state["_signature"]
        self.arguments = state["arguments"]

    def __repr__(self):
        shown = ", ".join(f"{name}={value!r}" for name, value in self.arguments.items())
        return f"<{type(self).__name__} ({shown})>"


class Signature:
    """A Signature object represents the overall signature of a function.
    It stores a Parameter object for each parameter accepted by the
    function, as well as information specific to the function itself.

    A Signature object has the following public attributes and methods:

    * parameters : OrderedDict
        An ordered mapping of parameters' names to the corresponding
        Parameter objects (keyword-only arguments are in the same order
        as listed in `code.co_varnames`).
    * return_annotation : object
        The annotation for the return type of the function if specified.
        If the function has no annotation for its return type, this
        attribute is set to `Signature.empty`.
    * bind(*args, **kwargs) -> BoundArguments
        Creates a mapping from positional and keyword arguments to
        parameters.
    * bind_partial(*args, **kwargs) -> BoundArguments
        Creates a partial mapping from positional and keyword arguments
        to parameters (simulating 'functools.partial' behavior.)
    """

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        """Constructs Signature from the given list of Parameter
        objects and 'return_annotation'.  All arguments are optional.
        """
        table = collections.OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                self._check_order(parameters)
            for param in parameters:
                if __validate_parameters__ and param.name in table:
                    raise ValueError(f"duplicate parameter name: {param.name!r}")
                table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @staticmethod
    def _check_order(parameters):
        highest = _POSITIONAL_ONLY
        defaulted = False
        for param in parameters:
            kind = param.kind
            if kind < highest:
                raise ValueError(
                    f"wrong parameter order: {highest.description} parameter "
                    f"before {kind.description} parameter")
            highest = max(highest, kind)
            if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if param.default is _empty:
                    if defaulted:
                        raise ValueError("non-default argument follows default argument")
                else:
                    defaulted = True

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_of(obj, sigcls=cls, follow_wrapped=follow_wrapped,
                             globals=globals, locals=locals, eval_str=eval_str)

    parameters = property(attrgetter("_parameters"))
    return_annotation = property(attrgetter("_return_annotation"))

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature.
        Pass 'parameters' and/or 'return_annotation' arguments
        to override them in the new copy.
        """
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        positional = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        keyword_only = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        return positional, keyword_only, self._return_annotation

    def __hash__(self):
        return hash(self._hash_basis())

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        keywords = dict(kwargs)
        params = list(self._parameters.values())
        position = 0
        # Positional arguments, in order.
        pending = list(args)
        while pending:
            if position == len(params):
                raise TypeError("too many positional arguments")
            param = params[position]
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError("too many positional arguments")
            position += 1
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(pending)
                pending = []
                break
            if param.kind != _POSITIONAL_ONLY and param.name in keywords:
                raise TypeError(f"multiple values for argument {param.name!r}")
            arguments[param.name] = pending.pop(0)
        # The rest, by keyword.
        collector = None
        for param in params[position:]:
            if param.kind == _VAR_KEYWORD:
                collector = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in keywords:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f"{param.name!r} parameter is positional only, "
                                    f"but was passed as a keyword")
                arguments[param.name] = keywords.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f"missing a required argument: {param.name!r}")
        if keywords:
            if collector is None:
                raise TypeError(f"got an unexpected keyword argument {next(iter(keywords))!r}")
            arguments[collector.name] = keywords
        return self._bound_arguments_cls(self, arguments)

    def bind_partial(self, /, *args, **kwargs):
        """Get a BoundArguments object, that partially maps the
        passed `args` and `kwargs` to the function's signature.
        Raises `TypeError` if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs, partial=True)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object, that maps the passed `args`
        and `kwargs` to the function's signature.  Raises `TypeError`
        if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {"_return_annotation": self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state["_return_annotation"]

    def __repr__(self):
        return f"<{type(self).__name__} {self}>"

    def __str__(self):
        rendered = []
        kinds = [p.kind for p in self._parameters.values()]
        for index, param in enumerate(self._parameters.values()):
            kind = param.kind
            if kind == _KEYWORD_ONLY and _VAR_POSITIONAL not in kinds \
                    and (index == 0 or kinds[index - 1] != _KEYWORD_ONLY):
                rendered.append("*")
            rendered.append(str(param))
            if kind == _POSITIONAL_ONLY and (index + 1 == len(kinds)
                                              or kinds[index + 1] != _POSITIONAL_ONLY):
                rendered.append("/")
        text = "({})".format(", ".join(rendered))
        if self._return_annotation is not _empty:
            text += " -> " + formatannotation(self._return_annotation)
        return text


def _signature_from_code(func, sigcls, globals, locals, eval_str):
    code = func.__code__
    names = code.co_varnames
    positional = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    first_default = positional - len(defaults)
    params = []

    def add(name, kind, default=_empty):
        params.append(sigcls._parameter_cls(
            name, kind, default=default, annotation=annotations.get(name, _empty)))

    for index in range(positional):
        kind = _POSITIONAL_ONLY if index < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        add(names[index], kind, default)
    next_name = positional + kwonly
    if code.co_flags & CO_VARARGS:
        add(names[next_name], _VAR_POSITIONAL)
        next_name += 1
    for name in names[positional:positional + kwonly]:
        add(name, _KEYWORD_ONLY, kwdefaults.get(name, _empty))
    if code.co_flags & CO_VARKEYWORDS:
        add(names[next_name], _VAR_KEYWORD)
    return sigcls(params, return_annotation=annotations.get("return", _empty),
                  __validate_parameters__=False)


def _without_first(sig):
    """The signature of a bound method, from its function's signature."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        # *args also takes the bound object; the signature stays as it is.
        return sig
    return sig.replace(parameters=params[1:])


def _partial_applied(sig, partial_obj, args, keywords):
    """The signature that remains once args and keywords are frozen."""
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError:
        raise ValueError(f"partial object {partial_obj!r} has incorrect arguments") from None
    remaining = []
    keyword_only_now = False
    for param in sig.parameters.values():
        kind = param.kind
        if kind == _VAR_KEYWORD:
            remaining.append(param)
        elif kind == _VAR_POSITIONAL:
            if not keyword_only_now:
                remaining.append(param)
        elif param.name in keywords:
            # Frozen by keyword: still overridable, but only by keyword,
            # and so is every parameter after it.
            keyword_only_now = True
            remaining.append(param.replace(kind=_KEYWORD_ONLY, default=keywords[param.name]))
        elif param.name in bound.arguments:
            continue  # frozen positionally: gone
        elif keyword_only_now and kind == _POSITIONAL_OR_KEYWORD:
            remaining.append(param.replace(kind=_KEYWORD_ONLY))
        else:
            remaining.append(param)
    return sig.replace(parameters=remaining)


def _user_defined(cls, name):
    """cls's attribute name when written in Python, None when it is the
    builtin one (or missing)."""
    try:
        found = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(found, (types.BuiltinFunctionType, types.WrapperDescriptorType,
                          types.MethodWrapperType, types.ClassMethodDescriptorType,
                          types.MethodDescriptorType)) or _bound_builtin(found):
        return None
    if isinstance(found, types.MethodType) and not isfunction(found.__func__):
        return None
    return found


def _signature_of(obj, *, sigcls=None, follow_wrapped=True, skip_bound_arg=True,
                  globals=None, locals=None, eval_str=False):
    sigcls = sigcls or Signature

    def again(target, skip=skip_bound_arg):
        return _signature_of(target, sigcls=sigcls, follow_wrapped=follow_wrapped,
                             skip_bound_arg=skip, globals=globals, locals=locals,
                             eval_str=eval_str)

    if not callable(obj):
        raise TypeError(f"{obj!r} is not a callable object")

    if isinstance(obj, types.MethodType) and not _bound_builtin(obj):
        sig = again(obj.__func__)
        return _without_first(sig) if skip_bound_arg else sig

    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType) and not _bound_builtin(obj):
            return again(obj)

    try:
        declared = obj.__signature__
    except AttributeError:
        declared = None
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError(f"unexpected object {declared!r} in __signature__ attribute")
        return declared

    maker = getattr(obj, "_partialmethod", None)
    if isinstance(maker, functools.partialmethod):
        inner = again(maker.func)
        first = next(iter(inner.parameters.values()))
        if first.kind == _VAR_POSITIONAL:
            return inner
        rest = _partial_applied(inner.replace(parameters=list(inner.parameters.values())[1:]),
                                maker, maker.args, maker.keywords)
        return rest.replace(parameters=[first] + list(rest.parameters.values()))

    if isfunction(obj):
        return _signature_from_code(obj, sigcls, globals, locals, eval_str)

    if isinstance(obj, functools.partial):
        return _partial_applied(again(obj.func), obj, obj.args, obj.keywords)

    if isbuiltin(obj):
        raise ValueError(f"no signature found for builtin {obj!r}")

    if isinstance(obj, type):
        factory = _user_defined(type(obj), "__call__")
        if factory is None:
            new = _user_defined(obj, "__new__")
            init = _user_defined(obj, "__init__")
            if "__new__" in vars(obj):
                factory = new
            elif "__init__" in vars(obj):
                factory = init
            else:
                factory = new if new is not None else init
        if factory is not None:
            sig = again(factory, skip=True)
            if isinstance(factory, types.MethodType):
                return sig
            return _without_first(sig) if skip_bound_arg else sig
        if type in obj.__mro__:
            raise ValueError(f"no signature found for builtin {obj!r}")
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return sigcls([])
        if all(vars(klass).get("__module__", "builtins") == "builtins" for klass in obj.__mro__) \
                or obj.__module__ == "builtins":
            raise ValueError(f"no signature found for builtin type {obj!r}")
        return sigcls([])

    call = _user_defined(type(obj), "__call__")
    if call is not None:
        sig = again(call, skip=True)
        if isinstance(call, types.MethodType):
            return sig
        return _without_first(sig) if skip_bound_arg else sig
    raise ValueError(f"callable {obj!r} is not supported by signature")


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


# --- Older argument introspection -----------------------------------------------------

FullArgSpec = namedtuple("FullArgSpec",
                         "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters.

    A tuple of seven things is returned:
    (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations).
    'args' is a list of the parameter names.
    'varargs' and 'varkw' are the names of the * and ** parameters or None.
    'defaults' is an n-tuple of the default values of the last n parameters.
    'kwonlyargs' is a list of keyword-only parameter names.
    'kwonlydefaults' is a dictionary mapping names from kwonlyargs to defaults.
    'annotations' is a dictionary mapping parameter names to annotations.

    Notable differences from inspect.signature():
      - the "self" parameter is always reported, even for bound methods
      - wrapper chains defined by __wrapped__ *not* unwrapped automatically
    """
    try:
        sig = _signature_of(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as exc:
        raise TypeError("unsupported callable") from exc
    args, kwonly, defaults = [], [], []
    varargs = varkw = None
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        if param.annotation is not _empty:
            annotations[param.name] = param.annotation
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind == _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == _KEYWORD_ONLY:
            kwonly.append(param.name)
            if param.default is not _empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, annotations)


ArgInfo = namedtuple("ArgInfo", "args varargs keywords locals")


def getargvalues(frame):
    """Get information about arguments passed into a particular frame.

    A tuple of four things is returned: (args, varargs, varkw, locals).
    'args' is a list of the argument names.
    'varargs' and 'varkw' are the names of the * and ** arguments or None.
    'locals' is the locals dictionary of the given frame."""
    code = frame.f_code
    names = list(code.co_varnames)
    count = code.co_argcount + code.co_kwonlyargcount
    args = names[:count]
    varargs = varkw = None
    if code.co_flags & CO_VARARGS:
        varargs = names[count]
        count += 1
    if code.co_flags & CO_VARKEYWORDS:
        varkw = names[count]
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatvalue=lambda value: "=" + repr(value)):
    """Format an argument spec from the 4 values returned by getargvalues."""
    shown = [name + formatvalue(locals[name]) for name in args]
    if varargs:
        shown.append("*" + varargs + formatvalue(locals[varargs]))
    if varkw:
        shown.append("**" + varkw + formatvalue(locals[varkw]))
    return "(" + ", ".join(shown) + ")"


ClosureVars = namedtuple("ClosureVars", "nonlocals globals builtins unbound")


def getclosurevars(func):
    """
    Get the mapping of free variables to their current values.

    Returns a named tuple of dicts mapping the current nonlocal, global
    and builtin references as seen by the body of the function. A final
    set of unbound names that could not be resolved is also provided.
    """
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    # An empty cell (a variable not assigned yet) raises ValueError.
    nonlocals = {name: cell.cell_contents
                 for name, cell in zip(code.co_freevars, func.__closure__ or ())}
    namespace = func.__globals__
    builtin_names = namespace.get("__builtins__", builtins.__dict__)
    if ismodule(builtin_names):
        builtin_names = builtin_names.__dict__
    found_globals, found_builtins, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in namespace:
            found_globals[name] = namespace[name]
        elif name in builtin_names:
            found_builtins[name] = builtin_names[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, found_globals, found_builtins, unbound)


def getcallargs(func, /, *positional, **named):
    """Get the mapping of arguments to values.

    A dict is returned, with keys the function argument names (including the
    names of the * and ** arguments, if any), and values the respective bound
    values from 'positional' and 'named'."""
    target = func.__func__ if ismethod(func) else func
    if ismethod(func):
        positional = (func.__self__,) + positional
    sig = _signature_of(target, follow_wrapped=False, skip_bound_arg=False)
    try:
        bound = sig.bind(*positional, **named)
    except TypeError as exc:
        name = getattr(target, "__name__", "function")
        raise TypeError(_call_error(name, sig, positional, named, str(exc))) from None
    # Ordered as the call fills them: positional arguments, the * and **
    # collectors, keyword arguments as passed, then defaults.
    given = bound.arguments
    result = {}
    for param in sig.parameters.values():
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) \
                and param.name in given and param.name not in named:
            result[param.name] = given[param.name]
    for param in sig.parameters.values():
        if param.kind == _VAR_POSITIONAL:
            result[param.name] = given.get(param.name, ())
        elif param.kind == _VAR_KEYWORD:
            result[param.name] = given.get(param.name, {})
    for name in named:
        if name in sig.parameters and sig.parameters[name].kind != _VAR_KEYWORD:
            result[name] = named[name]
    for param in sig.parameters.values():
        if param.name not in result and param.default is not _empty:
            result[param.name] = param.default
    return result


def _call_error(name, sig, positional, named, reason):
    """Reword a bind error as the call itself would report it."""
    params = list(sig.parameters.values())
    slots = [p for p in params if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)]
    if reason == "too many positional arguments":
        least = sum(1 for p in slots if p.default is _empty)
        most = len(slots)
        takes = f"{most}" if least == most else f"from {least} to {most}"
        given = len(positional)
        noun = "argument" if most == 1 and least == most else "arguments"
        verb = "was" if given == 1 else "were"
        return f"{name}() takes {takes} positional {noun} but {given} {verb} given"
    match = re.match(r"missing a required argument: '(.*)'", reason)
    if match:
        missing = [p.name for p in params if p.default is _empty
                   and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY)
                   and p.name not in named][len(positional):] or [match.group(1)]
        kind = "keyword-only" if sig.parameters[missing[0]].kind == _KEYWORD_ONLY else "positional"
        quoted = [repr(n) for n in missing]
        if len(quoted) > 1:
            listed = ", ".join(quoted[:-1]) + " and " + quoted[-1]
        else:
            listed = quoted[0]
        noun = "argument" if len(quoted) == 1 else "arguments"
        return f"{name}() missing {len(quoted)} required {kind} {noun}: {listed}"
    if reason.startswith("multiple values"):
        return f"{name}() got " + reason
    if reason.startswith("got an unexpected"):
        return f"{name}() " + reason
    return f"{name}() " + reason


__all__ = [name for name in dir() if not name.startswith("_")
           and name not in ("builtins", "collections", "enum", "functools", "os",
                            "re", "sys", "types", "namedtuple", "attrgetter")]
