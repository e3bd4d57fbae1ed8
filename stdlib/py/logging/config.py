"""Configure logging from a dictionary (dictConfig) or an INI-style file
(fileConfig)."""

import errno
import io
import re
import sys

import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = errno.ECONNRESET

IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    """True if s can be a keyword argument name; ValueError otherwise."""
    if IDENTIFIER.match(s) is None:
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _import_dotted(spec, importer=__import__):
    """The object a dotted name refers to, importing modules on the way
    (e.g. 'logging.handlers.RotatingFileHandler')."""
    parts = spec.split(".")
    so_far = parts[0]
    obj = importer(so_far)
    for part in parts[1:]:
        so_far += "." + part
        if not hasattr(obj, part):
            importer(so_far)
        obj = getattr(obj, part)
    return obj


_REFERENCE = re.compile(r"^(?P<prefix>[a-z]+)://(?P<suffix>.*)$")
_CFG_HEAD = re.compile(r"^\s*(\w+)\s*")
_CFG_STEP = re.compile(r"^(?:\.\s*(\w+)\s*|\[\s*([^\]]+?)\s*\]\s*)")


class BaseConfigurator:
    """Resolution of references inside a configuration dictionary:
    'ext://pkg.name' (an importable object) and 'cfg://path' (another
    part of the same configuration)."""

    value_converters = {"ext": "ext_convert", "cfg": "cfg_convert"}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _import_dotted(s, self.importer)
        except (ImportError, AttributeError) as problem:
            failure = ValueError("Cannot resolve %r: %s" % (s, problem))
            raise failure from problem

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        head = _CFG_HEAD.match(value)
        if head is None:
            raise ValueError("Unable to convert %r" % value)
        node = self.config[head.group(1)]
        rest = value[head.end():]
        while rest:
            step = _CFG_STEP.match(rest)
            if step is None:
                raise ValueError("Unable to convert %r at %r" % (value, rest))
            attr, index = step.groups()
            if attr is not None:
                node = node[attr]
            elif index.isdigit():
                try:
                    node = node[int(index)]
                except TypeError:
                    node = node[index]
            else:
                node = node[index]
            rest = rest[step.end():]
        return node

    def convert(self, value):
        """value with references replaced (recursing into containers)."""
        if isinstance(value, str):
            found = _REFERENCE.match(value)
            if found is not None:
                method = self.value_converters.get(found.group("prefix"))
                if method is not None:
                    return getattr(self, method)(found.group("suffix"))
            return value
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.convert(v) for v in value]
        if isinstance(value, tuple) and not hasattr(value, "_fields"):
            return tuple(self.convert(v) for v in value)
        return value

    def as_tuple(self, value):
        if isinstance(value, list):
            return tuple(value)
        return value

    def configure_custom(self, config):
        """Build an object from {'()': factory, '.': attrs, **kwargs}."""
        spec = dict(config)
        factory = spec.pop("()")
        if not callable(factory):
            factory = self.resolve(factory)
        attrs = spec.pop(".", None)
        kwargs = {k: v for k, v in spec.items() if valid_ident(k)}
        made = factory(**kwargs)
        for attr, value in (attrs or {}).items():
            setattr(made, attr, value)
        return made


class DictConfigurator(BaseConfigurator):
    """Applies a configuration dictionary (schema version 1)."""

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        with logging._module_lock:
            if incremental:
                self._apply_incremental()
            else:
                self._apply_full(config.pop("disable_existing_loggers", True))

    # -- incremental: only levels and propagation change

    def _apply_incremental(self):
        config = self.config
        for name, spec in config.get("handlers", {}).items():
            handler = logging._handlers.get(name)
            if handler is None:
                raise ValueError("No handler found with name %r" % name)
            try:
                level = spec.get("level")
                if level:
                    handler.setLevel(logging._as_level(level))
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        for name, spec in config.get("loggers", {}).items():
            try:
                self.configure_logger(name, spec, True)
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        root_spec = config.get("root")
        if root_spec:
            try:
                self.configure_root(root_spec, True)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    # -- full configuration

    def _apply_full(self, disable_existing):
        config = self.config
        _close_all_handlers()

        self.formatters = {}
        for name, spec in config.get("formatters", {}).items():
            try:
                self.formatters[name] = self.configure_formatter(spec)
            except Exception as e:
                raise ValueError("Unable to configure formatter %r" % name) from e

        self.filters = {}
        for name, spec in config.get("filters", {}).items():
            try:
                self.filters[name] = self.configure_filter(spec)
            except Exception as e:
                raise ValueError("Unable to configure filter %r" % name) from e

        self.handlers = {}
        self._handler_specs = config.get("handlers", {})
        for name in sorted(self._handler_specs):
            self._build_handler(name, ())

        # Loggers that exist now and are not mentioned (and are not below
        # a mentioned one) get disabled if disable_existing is true.
        manager = logging.root.manager
        before = sorted(manager.loggerDict)
        logger_specs = config.get("loggers", {})
        below_configured = set()
        for name in logger_specs:
            prefix = name + "."
            below_configured.update(n for n in before if n.startswith(prefix))
        for name, spec in logger_specs.items():
            try:
                self.configure_logger(name, spec)
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        for name in before:
            if name in logger_specs:
                continue
            node = manager.loggerDict.get(name)
            if not isinstance(node, logging.Logger):
                continue
            if name in below_configured:
                node.setLevel(logging.NOTSET)
                node.handlers = []
                node.propagate = True
            else:
                node.disabled = disable_existing

        root_spec = config.get("root")
        if root_spec:
            try:
                self.configure_root(root_spec)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def _build_handler(self, name, pending):
        """Configure handler name (its target first, for handlers such
        as MemoryHandler that refer to another one)."""
        if name in self.handlers:
            return self.handlers[name]
        try:
            spec = dict(self._handler_specs[name])
            target = spec.get("target")
            if isinstance(target, str) and target in self._handler_specs \
                    and name not in pending:
                spec["target"] = self._build_handler(target, pending + (name,))
            handler = self.configure_handler(spec)
            handler.name = name
        except Exception as e:
            raise ValueError("Unable to configure handler %r" % name) from e
        self.handlers[name] = handler
        return handler

    def configure_formatter(self, config):
        spec = self.convert(dict(config))
        if "()" in spec:
            try:
                return self.configure_custom(spec)
            except TypeError as problem:
                if "'format'" not in str(problem) or "format" not in spec:
                    raise
                spec["fmt"] = spec.pop("format")
                return self.configure_custom(spec)
        cls_name = spec.get("class")
        if not cls_name:
            cls = logging.Formatter
        elif callable(cls_name):
            cls = cls_name
        else:
            cls = self.resolve(cls_name)
        args = [spec.get("format"), spec.get("datefmt"), spec.get("style", "%")]
        kwargs = {}
        if "validate" in spec:
            args.append(spec["validate"])
        if "defaults" in spec:
            kwargs["defaults"] = spec["defaults"]
        return cls(*args, **kwargs)

    def configure_filter(self, config):
        spec = self.convert(dict(config))
        if "()" in spec:
            return self.configure_custom(spec)
        return logging.Filter(spec.get("name", ""))

    def add_filters(self, filterer, filters):
        for name in filters:
            try:
                filterer.addFilter(self._lookup_filter(name))
            except Exception as e:
                raise ValueError("Unable to add filter %r" % name) from e

    def _lookup_filter(self, item):
        if isinstance(item, str):
            return self.filters[item]
        if isinstance(item, dict):
            return self.configure_filter(item)
        return item

    def configure_handler(self, config):
        spec = dict(config)
        formatter = spec.pop("formatter", None)
        if formatter is not None:
            try:
                formatter = self.formatters[formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = spec.pop("level", None)
        filters = spec.pop("filters", None)
        attrs = spec.pop(".", None)
        if "()" in spec:
            factory = spec.pop("()")
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = spec.pop("class")
            if not callable(factory):
                factory = self.resolve(factory)
        kwargs = {}
        for key, value in spec.items():
            if valid_ident(key):
                kwargs[key] = self.convert(value)
        if isinstance(factory, type) and issubclass(factory, logging.handlers.MemoryHandler) \
                and isinstance(kwargs.get("target"), str):
            missing = kwargs["target"]
            raise ValueError("Unable to set target handler %r" % missing) \
                from KeyError(missing)
        for key in ("address", "mailhost", "credentials", "secure"):
            if key in kwargs:
                kwargs[key] = self.as_tuple(kwargs[key])
        try:
            handler = factory(**kwargs)
        except TypeError as problem:
            # Old handlers may call the stream argument 'strm'.
            if "'stream'" not in str(problem) or "stream" not in kwargs:
                raise
            kwargs["strm"] = kwargs.pop("stream")
            handler = factory(**kwargs)
        if formatter is not None:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._as_level(level))
        if filters:
            self.add_filters(handler, filters)
        for attr, value in (attrs or {}).items():
            setattr(handler, attr, value)
        return handler

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.handlers[name])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % name) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level")
        if level is not None:
            logger.setLevel(logging._as_level(level))
        if incremental:
            return
        for old in list(logger.handlers):
            logger.removeHandler(old)
        if config.get("handlers"):
            self.add_handlers(logger, config["handlers"])
        if config.get("filters"):
            self.add_filters(logger, config["filters"])

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        if config.get("propagate") is not None:
            logger.propagate = config["propagate"]

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from the dictionary config."""
    dictConfigClass(config).configure()


def _close_all_handlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


# ---------------------------------------------------------------- listen

_active_listener = None


def _receive_exactly(conn, size):
    chunks = []
    while size > 0:
        piece = conn.recv(size)
        if not piece:
            break
        chunks.append(piece)
        size -= len(piece)
    return b"".join(chunks)


def _apply_text_config(text):
    """A JSON dictionary goes to dictConfig, anything else to
    fileConfig."""
    import json
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        dictConfig(parsed)
        return
    fileConfig(io.StringIO(text))


class _ConfigListener(__import__("threading").Thread):
    """Thread returned by listen(): accepts connections on localhost,
    each carrying a 4-byte big-endian length and a configuration."""

    poll_seconds = 0.5

    def __init__(self, port, verify):
        import threading
        super().__init__(daemon=True)
        self.port = port
        self.verify = verify
        self.ready = threading.Event()
        self.abort = False

    def run(self):
        global _active_listener
        import select
        import socket
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("localhost", self.port))
        server.listen(5)
        self.port = server.getsockname()[1]
        with logging._module_lock:
            _active_listener = self
        self.ready.set()
        try:
            stop = False
            while not stop:
                waiting, _, _ = select.select([server], [], [],
                                              self.poll_seconds)
                if waiting:
                    conn, _peer = server.accept()
                    try:
                        self._serve(conn)
                    finally:
                        conn.close()
                with logging._module_lock:
                    stop = self.abort
        finally:
            server.close()

    def _serve(self, conn):
        import struct
        try:
            header = _receive_exactly(conn, 4)
            if len(header) == 4:
                size = struct.unpack(">L", header)[0]
                payload = _receive_exactly(conn, size)
                if self.verify is not None:
                    payload = self.verify(payload)
                if payload is not None:
                    try:
                        _apply_text_config(payload.decode("utf-8"))
                    except Exception:
                        import traceback
                        traceback.print_exc()
        except OSError as problem:
            if problem.errno != RESET_ERROR:
                raise
        finally:
            self.ready.set()


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """A thread (not yet started) that receives new configurations over
    a socket; verify, if given, may check or transform the bytes (None
    rejects them)."""
    return _ConfigListener(port, verify)


def stopListening():
    """Ask the running listen() thread to finish."""
    global _active_listener
    with logging._module_lock:
        if _active_listener is not None:
            _active_listener.abort = True
            _active_listener = None


# ------------------------------------------------------------ fileConfig

_ABSENT = object()


class _IniFile:
    """A small reader for the INI dialect used by logging configuration
    files: [sections], 'key = value' or 'key: value' lines, '#'/';'
    comments, indented continuation lines and %(name)s interpolation
    from the same section or [DEFAULT]."""

    def __init__(self, defaults=None):
        self.defaults = dict(defaults or {})
        self.sections = {}

    def read_text(self, text):
        section = None
        key = None
        for raw in text.splitlines():
            stripped = raw.strip()
            if not stripped or stripped[0] in "#;":
                continue
            if raw[0] in " \t" and key is not None:
                section[key] += "\n" + stripped
                continue
            if stripped.startswith("[") and stripped.endswith("]"):
                title = stripped[1:-1].strip()
                if title == "DEFAULT":
                    section = self.defaults
                else:
                    section = self.sections.setdefault(title, {})
                key = None
                continue
            if section is None:
                raise ValueError("File contains no section headers.")
            cut = min((p for p in (stripped.find("="), stripped.find(":"))
                       if p >= 0), default=-1)
            if cut < 0:
                raise ValueError("Invalid line in configuration: %r" % raw)
            key = stripped[:cut].strip().lower()
            section[key] = stripped[cut + 1:].strip()

    def has_section(self, name):
        return name in self.sections

    def options(self, name):
        merged = dict(self.defaults)
        merged.update(self.sections[name])
        return list(merged)

    def get(self, name, option, raw=False, fallback=_ABSENT, vars=None):
        merged = dict(self.defaults)
        merged.update(self.sections.get(name, {}))
        if option not in merged:
            if fallback is not _ABSENT:
                return fallback
            raise KeyError("No option %r in section: %r" % (option, name))
        value = merged[option]
        if raw:
            return value
        for _ in range(10):
            if "%(" not in value:
                break
            value = re.sub(r"%\((\w+)\)s",
                           lambda m: merged.get(m.group(1).lower(), m.group(0)),
                           value)
        return value.replace("%%", "%")

    def getboolean(self, name, option, fallback=_ABSENT):
        text = self.get(name, option, fallback=fallback)
        if isinstance(text, bool):
            return text
        return text.lower() in ("1", "yes", "true", "on")

    def __getitem__(self, name):
        if name not in self.sections:
            raise KeyError(name)
        return _IniSection(self, name)

    def __contains__(self, name):
        return name in self.sections


class _IniSection:
    def __init__(self, parser, name):
        self.parser, self.name = parser, name

    def __getitem__(self, option):
        return self.parser.get(self.name, option)

    def get(self, option, fallback=None, raw=False):
        return self.parser.get(self.name, option, raw=raw, fallback=fallback)

    def getboolean(self, option, fallback=None):
        return self.parser.getboolean(self.name, option, fallback=fallback)

    def __contains__(self, option):
        return option in self.parser.options(self.name)


def _names(text):
    return [part.strip() for part in text.split(",") if part.strip()]


def fileConfig(fname, defaults=None, disable_existing_loggers=True,
               encoding=None):
    """Configure logging from an INI-format file (a path, a readable
    file object, or an already loaded parser)."""
    if hasattr(fname, "sections") and hasattr(fname, "get") \
            and not hasattr(fname, "readline"):
        parser = fname
    else:
        parser = _IniFile(defaults)
        if hasattr(fname, "readline"):
            parser.read_text(fname.read())
        else:
            import os
            if not os.path.exists(fname):
                raise FileNotFoundError(
                    "%s doesn't exist" % fname)
            with open(fname, encoding=io.text_encoding(encoding)) as f:
                parser.read_text(f.read())
        if not parser.sections:
            raise RuntimeError("%s is an empty file" % fname)
    formatters = _ini_formatters(parser)
    with logging._module_lock:
        _close_all_handlers()
        handlers = _ini_handlers(parser, formatters)
        _ini_loggers(parser, handlers, disable_existing_loggers)


def _ini_formatters(parser):
    result = {}
    names = _names(parser["formatters"]["keys"]) if "formatters" in parser else []
    for name in names:
        section = parser["formatter_" + name]
        fmt = section.get("format", raw=True)
        datefmt = section.get("datefmt", raw=True)
        style = section.get("style", raw=True) or "%"
        cls_name = section.get("class")
        cls = _import_dotted(cls_name) if cls_name else logging.Formatter
        if "validate" in section:
            result[name] = cls(fmt, datefmt, style,
                               validate=section.getboolean("validate"))
        else:
            result[name] = cls(fmt, datefmt, style)
    return result


def _ini_handlers(parser, formatters):
    names = _names(parser["handlers"]["keys"]) if "handlers" in parser else []
    made = {}
    targets = []
    for name in names:
        section = parser["handler_" + name]
        cls_name = section["class"]
        namespace = dict(vars(logging))
        try:
            cls = eval(cls_name, namespace)
        except (AttributeError, NameError):
            cls = _import_dotted(cls_name)
        args = eval(section.get("args", "()"), namespace)
        kwargs = eval(section.get("kwargs", "{}"), namespace)
        handler = cls(*args, **kwargs)
        handler.name = name
        if "level" in section:
            handler.setLevel(section["level"])
        fmt_name = section.get("formatter")
        if fmt_name:
            handler.setFormatter(formatters[fmt_name])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = section.get("target")
            if target:
                targets.append((handler, target))
        made[name] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _ini_loggers(parser, handlers, disable_existing):
    names = _names(parser["loggers"]["keys"])
    if "root" not in names:
        raise ValueError("Unable to find root logger in configuration")
    root_section = parser["logger_root"]
    root = logging.root
    if "level" in root_section:
        root.setLevel(root_section["level"])
    for old in list(root.handlers):
        root.removeHandler(old)
    for hname in _names(root_section.get("handlers", "")):
        root.addHandler(handlers[hname])

    manager = root.manager
    before = sorted(manager.loggerDict)
    configured = []
    for name in names:
        if name == "root":
            continue
        section = parser["logger_" + name]
        qualname = section["qualname"]
        configured.append(qualname)
        logger = logging.getLogger(qualname)
        if "level" in section:
            logger.setLevel(section["level"])
        for old in list(logger.handlers):
            logger.removeHandler(old)
        logger.propagate = int(section.get("propagate", "1"))
        logger.disabled = False
        for hname in _names(section.get("handlers", "")):
            logger.addHandler(handlers[hname])
    for name in before:
        if name in configured:
            continue
        node = manager.loggerDict.get(name)
        if not isinstance(node, logging.Logger):
            continue
        if any(name.startswith(q + ".") for q in configured):
            node.setLevel(logging.NOTSET)
            node.handlers = []
            node.propagate = True
        else:
            node.disabled = disable_existing
