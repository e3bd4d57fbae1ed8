"""A flexible event logging system for applications and libraries.

Loggers form a dotted hierarchy under the root logger; records they
accept are passed to handlers, which format them with formatters and
send them somewhere (a stream, a file, a buffer...).
"""

import io
import os
from collections.abc import Mapping as _Mapping
import sys
import threading
import time
import traceback
import weakref

__all__ = [
    "BASIC_FORMAT", "BufferingFormatter", "CRITICAL", "DEBUG", "ERROR",
    "FATAL", "FileHandler", "Filter", "Formatter", "Handler", "INFO",
    "LogRecord", "Logger", "LoggerAdapter", "NOTSET", "NullHandler",
    "StreamHandler", "WARN", "WARNING", "addLevelName", "basicConfig",
    "captureWarnings", "critical", "debug", "disable", "error",
    "exception", "fatal", "getLevelName", "getLogger", "getLoggerClass",
    "info", "log", "makeLogRecord", "setLoggerClass", "shutdown",
    "warn", "warning", "getLogRecordFactory", "setLogRecordFactory",
    "lastResort", "raiseExceptions", "getLevelNamesMapping",
]

# Module-wide switches documented as public attributes.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_start_time = time.time()

# ---------------------------------------------------------------- levels

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN = WARNING
FATAL = CRITICAL

_level_to_name = {}
_name_to_level = {}


def _register_level(level, name):
    _level_to_name[level] = name
    _name_to_level[name] = level


for _lvl, _nm in ((NOTSET, "NOTSET"), (DEBUG, "DEBUG"), (INFO, "INFO"),
                  (WARNING, "WARNING"), (ERROR, "ERROR"),
                  (CRITICAL, "CRITICAL")):
    _register_level(_lvl, _nm)
_name_to_level["WARN"] = WARNING
_name_to_level["FATAL"] = CRITICAL
del _lvl, _nm

# One re-entrant lock guards the logger tree, the level tables and the
# handler registry.
_module_lock = threading.RLock()


def _acquireLock():
    _module_lock.acquire()


def _releaseLock():
    _module_lock.release()


def getLevelNamesMapping():
    """A copy of the mapping from level names to numbers."""
    return dict(_name_to_level)


def getLevelName(level):
    """Name of a numeric level, or number of a level name.

    Unknown values give the string "Level %s" % level.
    """
    name = _level_to_name.get(level)
    if name is not None:
        return name
    number = _name_to_level.get(level)
    if number is not None:
        return number
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associate levelName with the numeric level (both ways)."""
    with _module_lock:
        _register_level(level, levelName)


def _as_level(value):
    """Normalise a level given as number or registered name."""
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        if value in _name_to_level:
            return _name_to_level[value]
        raise ValueError("Unknown level: %r" % value)
    raise TypeError("Level not an integer or a valid string: %r" % (value,))


# ----------------------------------------------------------------- frames

def currentframe():
    return sys._getframe(1)


_srcfile = os.path.normcase(sys._getframe(0).f_code.co_filename)


def _frames_outward():
    """Frames from the caller of the caller outward."""
    depth = 2
    while True:
        try:
            frame = sys._getframe(depth)
        except ValueError:
            return
        yield frame
        depth += 1


# ---------------------------------------------------------------- records

def _process_name():
    mp = sys.modules.get("multiprocessing")
    if mp is None:
        return "MainProcess"
    try:
        return mp.current_process().name
    except Exception:
        return "MainProcess"


class LogRecord:
    """Everything known about one logged event.

    Handlers and formatters read its attributes; the message proper is
    computed lazily by getMessage().
    """

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # logger.info("%(key)s", {"key": 1}): a lone non-empty mapping is
        # used directly for %-formatting.
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        self.args = args
        self.levelno = level
        self.levelname = getLevelName(level)
        self.pathname = pathname
        self.lineno = lineno
        self.funcName = func
        try:
            base = os.path.basename(pathname)
            self.filename, self.module = base, os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info, self.exc_text = exc_info, None
        self.stack_info = sinfo
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _start_time) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        self.processName = _process_name() if logMultiprocessing else None
        self.process = os.getpid() if logProcesses else None

    def getMessage(self):
        """The user's message with its arguments merged in."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)


def _exc_triple(exc_info):
    """Normalise the exc_info argument of a logging call."""
    if not exc_info:
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    if isinstance(exc_info, tuple):
        return exc_info
    return sys.exc_info()


def _warn_deprecated(kind):
    import warnings
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead"
                  % kind, DeprecationWarning, 3)


def _is_mapping(obj):
    return isinstance(obj, _Mapping)


_record_factory = LogRecord


def setLogRecordFactory(factory):
    """Use factory (a callable with LogRecord's signature) for records."""
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes come from dict (e.g. unpickled data)."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------- styles

import re as _re


class PercentStyle:
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"
    validation_pattern = _re.compile(
        r"%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]", _re.I)

    def __init__(self, fmt, *, defaults=None):
        self._defaults = defaults
        self._fmt = fmt if fmt else self.default_format

    def usesTime(self):
        """Whether the format refers to asctime."""
        return self.asctime_search in self._fmt

    def validate(self):
        """Raise ValueError unless the format has a %(name)x field."""
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError(
                "Formatting field not found in record: %s" % missing)


class StrFormatStyle(PercentStyle):
    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    _spec_check = _re.compile(
        r"^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$",
        _re.I)
    _field_check = _re.compile(r"^(\d+|\w+)(\.\w+|\[[^]]+\])*$")

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        import string
        seen = set()
        try:
            for _text, field, spec, conv in string.Formatter().parse(self._fmt):
                if not field:
                    continue
                if not self._field_check.match(field):
                    raise ValueError("invalid field name/expression: %r" % field)
                seen.add(field)
                if conv and conv not in "rsa":
                    raise ValueError("invalid conversion: %r" % conv)
                if spec and not self._spec_check.match(spec):
                    raise ValueError("bad specifier: %r" % spec)
        except ValueError as problem:
            raise ValueError("invalid format: %s" % problem)
        if not seen:
            raise ValueError("invalid format: no fields")


class StringTemplateStyle(PercentStyle):
    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    _placeholder = _re.compile(
        r"\$(?:(?P<escaped>\$)|(?P<named>[_a-z][_a-z0-9]*)"
        r"|\{(?P<braced>[_a-z][_a-z0-9]*)\}|(?P<invalid>))", _re.I)

    def __init__(self, fmt, *, defaults=None):
        super().__init__(fmt, defaults=defaults)
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        found = False
        for m in self._placeholder.finditer(self._fmt):
            if m.group("named") or m.group("braced"):
                found = True
            elif m.group("invalid") is not None and not m.group("escaped"):
                raise ValueError("invalid format: bare '$' not allowed")
        if not found:
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


def _style_error():
    return ValueError("Style must be one of: %s" % ",".join(_STYLES))


# ------------------------------------------------------------- formatters

class Formatter:
    """Turns a LogRecord into text.

    fmt uses the record's attributes in the given style ('%', '{' or
    '$'); datefmt is a time.strftime format for %(asctime)s.
    """

    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise _style_error()
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        stamp = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, stamp)
        text = time.strftime(self.default_time_format, stamp)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        etype, value, tb = ei
        text = "".join(traceback.format_exception(etype, value, tb))
        if text.endswith("\n"):
            text = text[:-1]
        return text

    def formatStack(self, stack_info):
        """Hook for subclasses: the text used for stack_info."""
        return stack_info

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        """Fill record.message (and record.asctime if the format uses
        it), format, then append exception and stack text."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        out = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        extras = []
        if record.exc_text:
            extras.append(record.exc_text)
        if record.stack_info:
            extras.append(self.formatStack(record.stack_info))
        for block in extras:
            if not out.endswith("\n"):
                out += "\n"
            out += block
        return out


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records, with optional header and footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------- filters

class Filter:
    """Lets through records of the logger called name and its
    descendants (everything when name is empty)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + ".")


class Filterer:
    """Base of loggers and handlers: keeps a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False as soon as one filter rejects the record."""
        for f in self.filters:
            check = getattr(f, "filter", None)
            verdict = check(record) if check is not None else f(record)
            if not verdict:
                return False
        return True


# --------------------------------------------------------------- handlers

_handlers = weakref.WeakValueDictionary()   # name -> handler
_handlerList = []                           # weak references, in order


def _forget_handler(ref):
    with _module_lock:
        try:
            _handlerList.remove(ref)
        except ValueError:
            pass


class Handler(Filterer):
    """Base class of handlers: level, formatter, filters and a lock.

    Subclasses implement emit(record).
    """

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _as_level(level)
        self.formatter = None
        self._closed = False
        with _module_lock:
            _handlerList.append(weakref.ref(self, _forget_handler))
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _module_lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.createLock()

    def acquire(self):
        """Take the handler's I/O lock."""
        lock = self.lock
        if lock is not None:
            lock.acquire()

    def release(self):
        """Give the handler's I/O lock back."""
        lock = self.lock
        if lock is not None:
            lock.release()

    def setLevel(self, level):
        self.level = _as_level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError(
            "emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Filter the record and emit it under the handler's lock."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def flush(self):
        pass

    def close(self):
        with _module_lock:
            self._closed = True
            if self._name and _handlers.get(self._name) is self:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised during emit() on stderr (when
        raiseExceptions is true) and carry on."""
        err = sys.stderr
        if not (raiseExceptions and err):
            return
        etype, value, tb = sys.exc_info()
        try:
            parts = ["--- Logging error ---\n"]
            parts.extend(traceback.format_exception(etype, value, tb))
            parts.append("Call stack:\n")
            package = os.path.dirname(_srcfile)
            outer = [fr for fr in _frames_outward()
                     if os.path.dirname(os.path.normcase(
                         fr.f_code.co_filename)) != package]
            outer.reverse()
            parts.extend(_format_frames(outer))
            try:
                parts.append("Message: %r\nArguments: %s\n"
                             % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                parts.append("Unable to print the message and arguments"
                             " - possible formatting error.\n"
                             "Use the traceback above to help find the error.\n")
            err.write("".join(parts))
        except OSError:
            pass
        finally:
            del etype, value, tb

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


def _format_frames(frames):
    summaries = [traceback.FrameSummary(fr.f_code.co_filename, fr.f_lineno,
                                        fr.f_code.co_name) for fr in frames]
    return traceback.StackSummary.from_list(summaries).format()


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            target = self.stream
            if target and hasattr(target, "flush"):
                target.flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to stream; returns the previous one (None if same)."""
        if stream is self.stream:
            return None
        with self.lock:
            previous = self.stream
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, "name", ""))
        if label:
            label += " "
        return "<%s %s(%s)>" % (type(self).__name__, label,
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes formatted records to a file, opened lazily when delay is
    true."""

    def __init__(self, filename, mode="a", encoding=None, delay=False,
                 errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        self.encoding, self.errors = encoding, errors
        self.delay = delay
        self._builtin_open = open
        # With delay the file is only opened by the first emit().
        StreamHandler.__init__(self, None if delay else self._open())
        if delay:
            self.stream = None

    def _open(self):
        encoding = None if self.encoding == "locale" else self.encoding
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=encoding, errors=self.errors)

    def close(self):
        with self.lock:
            try:
                current = self.stream
                if current is not None:
                    self.stream = None
                    try:
                        if hasattr(current, "flush"):
                            current.flush()
                    finally:
                        if hasattr(current, "close"):
                            current.close()
            finally:
                StreamHandler.close(self)

    def emit(self, record):
        if self.stream is None:
            # After close() a 'w' handler must not truncate the file again.
            if self.mode != "w" or not self._closed:
                self.stream = self._open()
        if self.stream is not None:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time of the call."""

    stream = property(lambda self: sys.stderr)

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)


# Used when a record finds no handler at all (WARNING and above, bare
# message on stderr).
lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Does nothing; lets a library stay quiet without configuration."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ----------------------------------------------------------- logger tree

class PlaceHolder:
    """Stands in the tree for a dotted name no one asked for yet; it
    remembers the loggers below it so they can be re-parented."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


_loggerClass = None


def setLoggerClass(klass):
    """Class used by getLogger() for new loggers."""
    global _loggerClass
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: "
                        + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Owns the logger namespace below one root."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}
        self.loggerClass = self.logRecordFactory = None
        self.disable = 0
        self.emittedNoHandlerWarning = False

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        with _module_lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, Logger):
                return existing
            new = (self.loggerClass or _loggerClass)(name)
            new.manager = self
            self.loggerDict[name] = new
            if isinstance(existing, PlaceHolder):
                self._adopt_children(existing, new)
            self._attach_to_parent(new)
            return new

    def setLoggerClass(self, klass):
        if klass is not Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _attach_to_parent(self, logger):
        """Find the nearest existing ancestor; leave placeholders on the
        way up so later ancestors can claim this logger."""
        name = logger.name
        parent = None
        cut = name.rfind(".")
        while cut > 0 and parent is None:
            prefix = name[:cut]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(node, PlaceHolder):
                node.append(logger)
            else:
                parent = node
            cut = name.rfind(".", 0, cut)
        logger.parent = parent if parent is not None else self.root

    def _adopt_children(self, holder, logger):
        """logger replaces holder: loggers waiting below it whose parent
        sits higher up the tree get logger as their parent now."""
        prefix = logger.name
        for child in holder.loggerMap:
            if not child.parent.name.startswith(prefix):
                logger.parent = child.parent
                child.parent = logger

    def _clear_cache(self):
        with _module_lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel of the logging tree.

    Create loggers with logging.getLogger(name), never directly.
    """

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _as_level(level)
        self.handlers = []
        self.parent = None
        self.propagate, self.disabled = True, False
        self._cache = {}

    def setLevel(self, level):
        self.level = _as_level(level)
        self.manager._clear_cache()

    def getEffectiveLevel(self):
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is None:
            with _module_lock:
                if self.manager.disable >= level:
                    known = False
                else:
                    known = level >= self.getEffectiveLevel()
                self._cache[level] = known
        return known

    # The level-named helpers all funnel into _log().

    def _at(self, level, msg, args, kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        """Log msg % args with level DEBUG."""
        self._at(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        """Log msg % args with level INFO."""
        self._at(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log msg % args with level WARNING."""
        self._at(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated("method")
        self._at(WARNING, msg, args, kwargs)

    def error(self, msg, *args, **kwargs):
        """Log msg % args with level ERROR."""
        self._at(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log at ERROR, with the exception being handled."""
        kwargs["exc_info"] = exc_info
        self._at(ERROR, msg, args, kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log msg % args with level CRITICAL."""
        self._at(CRITICAL, msg, args, kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, lineno, function, stack text) of the code that
        called into logging, stacklevel-1 user frames further out."""
        remaining = max(stacklevel, 1)
        chosen = None
        walker = _frames_outward()
        for frame in walker:
            if os.path.normcase(frame.f_code.co_filename) == _srcfile:
                continue
            chosen = frame
            remaining -= 1
            if not remaining:
                break
        if chosen is None:
            return "(unknown file)", 0, "(unknown function)", None
        sinfo = None
        if stack_info:
            outer = [chosen]
            outer.extend(walker)
            outer.reverse()
            sinfo = ("Stack (most recent call last):\n"
                     + "".join(_format_frames(outer))).rstrip("\n")
        code = chosen.f_code
        return code.co_filename, chosen.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info,
                                 func, sinfo)
        if extra is not None:
            for key, value in extra.items():
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord"
                                   % key)
                record.__dict__[key] = value
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        if _srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                where = ("(unknown file)", 0, "(unknown function)", None)
        else:
            where = ("(unknown file)", 0, "(unknown function)", None)
        fn, lno, func, sinfo = where
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args,
                                    _exc_triple(exc_info), func, extra,
                                    sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _module_lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _module_lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        node = self
        while node is not None:
            if node.handlers:
                return True
            if not node.propagate:
                return False
            node = node.parent
        return False

    def callHandlers(self, record):
        """Offer the record to the handlers of this logger and of its
        ancestors (while propagate is true)."""
        seen = 0
        node = self
        while node is not None:
            for hdlr in node.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            node = node.parent if node.propagate else None
        if seen:
            return
        if lastResort is not None:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n'
                             % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + "." + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError("logger cannot be pickled")
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __reduce__(self):
        return getLogger, ()

    def __init__(self, level):
        super().__init__("root", level)


_loggerClass = Logger

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


def getLogger(name=None):
    """The logger called name (created on first use); the root logger
    when name is empty or 'root'."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


# ---------------------------------------------------------------- adapter

class LoggerAdapter:
    """Wraps a logger, adding contextual information (self.extra) to
    each call through process()."""

    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        """Hook: adjust msg and the keyword arguments of a call. By
        default the adapter's extra dict replaces any given one."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    # Logging calls and questions about levels and handlers go to the
    # wrapped logger.

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated("method")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs["exc_info"] = exc_info
        self.log(ERROR, msg, *args, **kwargs)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    def _get_manager(self):
        return self.logger.manager

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(_get_manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# ---------------------------------------------------------- basicConfig

def basicConfig(**kwargs):
    """Give the root logger a handler and formatter, unless it already
    has handlers (force=True removes those first)."""
    with _module_lock:
        force = kwargs.pop("force", False)
        encoding = kwargs.pop("encoding", None)
        errors = kwargs.pop("errors", "backslashreplace")
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = kwargs.pop("handlers", None)
        has_stream = "stream" in kwargs
        has_file = "filename" in kwargs
        if handlers is None:
            if has_stream and has_file:
                raise ValueError("'stream' and 'filename' should not be "
                                 "specified together")
        elif has_stream or has_file:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", "a")
            stream = kwargs.pop("stream", None)
            if filename:
                if "b" in mode:
                    errors = None
                else:
                    encoding = io.text_encoding(encoding)
                handlers = [FileHandler(filename, mode, encoding=encoding,
                                        errors=errors)]
            else:
                handlers = [StreamHandler(stream)]
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        if style not in _STYLES:
            raise _style_error()
        fmt_text = kwargs.pop("format", _STYLES[style][1])
        shared = Formatter(fmt_text, datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(shared)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError("Unrecognised argument(s): %s"
                             % ", ".join(kwargs))


def _ensure_configured():
    if not root.handlers:
        basicConfig()


def critical(msg, *args, **kwargs):
    _ensure_configured()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _ensure_configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _ensure_configured()
    root.error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _ensure_configured()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _warn_deprecated("function")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _ensure_configured()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _ensure_configured()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _ensure_configured()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignore every call at level and below, whatever the loggers say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler still alive (called at exit)."""
    for ref in reversed(list(handlerList)):
        h = ref()
        if h is not None:
            with _HeldLock(h):
                # Streams may already be closed at interpreter exit.
                for step in (h.flush, h.close):
                    try:
                        step()
                    except (OSError, ValueError):
                        break


class _HeldLock:
    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()

    def __exit__(self, *exc):
        self.handler.release()
        return False


try:
    import atexit
    atexit.register(shutdown)
except ImportError:
    pass


# ------------------------------------------------------------- warnings

_saved_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning replacement used by captureWarnings()."""
    import warnings
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning("%s", text)


def captureWarnings(capture):
    """Route warnings.warn() output to the 'py.warnings' logger (or
    stop doing so)."""
    global _saved_showwarning
    import warnings
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
