import io
import logging
import re
import sys
import warnings

out = logging.StreamHandler(sys.stdout)


class Clean(logging.Formatter):
    def formatException(self, ei):
        return re.sub(r'File "[^"]*[/\\]', 'File "', super().formatException(ei))

    def formatStack(self, stack_info):
        return re.sub(r'File "[^"]*[/\\]', 'File "', stack_info)


out.setFormatter(Clean("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("misc")
log.addHandler(out)
log.propagate = False


def fail():
    raise ValueError("bad input")


def run():
    try:
        fail()
    except ValueError:
        log.exception("run failed: %s", "details")
        log.error("no traceback here")
        log.warning("traceback with warning", exc_info=True)
        log.info("not shown at WARNING level", exc_info=True)


run()
try:
    fail()
except ValueError as err:
    saved = err
log.error("an exception instance", exc_info=saved)
log.error("a triple", exc_info=(type(saved), saved, saved.__traceback__))
log.error("exc_info outside except", exc_info=True)
log.critical("no exc_info=False", exc_info=False)
try:
    try:
        fail()
    except ValueError as inner:
        raise KeyError("outer") from inner
except KeyError:
    log.exception("chained")


def level3():
    log.warning("stack", stack_info=True, stacklevel=1)
    log.warning("one up", stacklevel=2)
    log.warning("two up", stacklevel=3)
    log.warning("too far", stacklevel=99)


def level2():
    level3()


def level1():
    level2()


level1()

# LoggerAdapter
out.setFormatter(Clean("%(levelname)s %(ip)s %(message)s"))
adapter = logging.LoggerAdapter(log, {"ip": "10.0.0.1"})
adapter.warning("adapted %d", 1)
adapter.info("below level")
log.setLevel(logging.DEBUG)
adapter.debug("debug via adapter")
adapter.log(25, "log() via adapter")
adapter.setLevel(logging.ERROR)
print(log.level, adapter.getEffectiveLevel(), adapter.hasHandlers(), adapter.manager is log.manager)
adapter.critical("critical")
try:
    fail()
except ValueError:
    adapter.exception("adapter exception")
print(repr(adapter), adapter.logger is log, adapter.extra)
log.setLevel(logging.NOTSET)


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["ip"] = "?"
        return "%s: %s" % (self.extra, msg), kwargs


Prefix(log, "ctx").warning("message %s", "here")
nested = logging.LoggerAdapter(logging.LoggerAdapter(log, {"ip": "inner"}), {"ip": "outer"})
nested.warning("nested adapters")

# deprecated warn
out.setFormatter(Clean("%(levelname)s %(message)s"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    log.warn("old name")
    adapter.warn("old name via adapter")
for w in caught:
    print(w.category.__name__, w.message)

# captureWarnings
collected = io.StringIO()
wh = logging.StreamHandler(collected)
wh.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
logging.getLogger("py.warnings").addHandler(wh)
logging.captureWarnings(True)
logging.captureWarnings(True)
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("user thing")
logging.captureWarnings(False)
text = collected.getvalue()
print(len(text.splitlines()), re.findall(r"\w+Warning: [a-z ]+", text), text.startswith("py.warnings|WARNING|"))
print(warnings.showwarning.__name__)

# makeRecord / extra keys / log record factory
for key in ["message", "asctime", "levelname", "msg", "ok"]:
    try:
        log.makeRecord("n", 20, "f.py", 1, "m", (), None, extra={key: 1})
        print(key, "accepted")
    except KeyError as e:
        print("KeyError", e)
record = log.makeRecord("n", 20, "f.py", 1, "m %s", ("x",), None, "func", {"a": 1}, "sinfo")
print(record.getMessage(), record.funcName, record.a, record.stack_info, record.filename)
log.handle(record)
print(log.findCaller()[1:3])
print(logging.getLoggerClass().__name__, logging.getLogRecordFactory() is logging.LogRecord)
try:
    logging.setLoggerClass(object)
except TypeError as e:
    print("TypeError:", e)

# module-level functions configure the root logger on first use
print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout, format="root: %(levelname)s %(message)s")
print(logging.root.handlers[0].formatter._fmt)
logging.root.handlers[0].setFormatter(Clean("root: %(levelname)s %(message)s"))
logging.info("info hidden")
logging.warning("root %s", "warning")
logging.error("root error")
logging.critical("root critical")
logging.fatal("fatal alias")
logging.log(logging.WARNING, "root log()")
try:
    fail()
except ValueError:
    logging.exception("root exception")
logging.debug("debug hidden")
print(logging.root.handlers[0].stream is sys.stdout, logging.root.level)
logging.shutdown()
