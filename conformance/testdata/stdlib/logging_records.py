import io
import logging
import re
import sys
import warnings


class Strip(logging.Formatter):
    def formatStack(self, stack_info):
        return re.sub(r'File "[^"]*[/\\]', 'File "', stack_info)


log = logging.getLogger("rec")
log.propagate = False
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(Strip("%(name)s:%(levelname)s:%(module)s.%(funcName)s:%(lineno)d %(message)s"))
log.addHandler(h)


def inner():
    log.warning("stack here", stack_info=True)


def helper(msg):
    log.warning(msg, stacklevel=2)


def caller():
    helper("reported at the caller")


inner()
caller()

records = []


class Collect(logging.Handler):
    def emit(self, record):
        records.append(record)


c = Collect(level=logging.INFO)
c.set_name("collector")
log.addHandler(c)
log.info("value=%(v)d", {"v": 5}, extra={"tag": "T"})
r = records[-1]
print(r.getMessage(), r.args, r.tag, r.levelname, r.levelno, r.name, r.filename, r.module,
      r.funcName, r.lineno, r.exc_info, r.stack_info, r.threadName, r.processName)
print(type(r.created).__name__, r.msecs >= 0, r.relativeCreated >= 0, r.process > 0)
print(c.name, repr(c), c.level)
print(log.handlers == [h, c], sorted(k for k in logging.Logger.manager.loggerDict if k == "rec"))


class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


Ctx(log, {"id": 7}).warning("adapted %s", "msg")

old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    rec = old_factory(*args, **kwargs)
    rec.custom = "custom!"
    return rec


logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter("%(custom)s %(message)s %(missing)s", defaults={"missing": "-"}))
log.warning("with factory")
logging.setLogRecordFactory(old_factory)


class MyLogger(logging.Logger):
    def notice(self, msg):
        self.log(25, msg)


logging.setLoggerClass(MyLogger)
mine = logging.getLogger("mine.sub")
logging.setLoggerClass(logging.Logger)
mine.addHandler(h)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
mine.setLevel(1)
mine.notice("custom class")
print(type(mine).__name__, type(logging.getLogger("other")).__name__, mine.parent.name)

for fmt, style in [("%(message", "%"), ("{", "{"), ("no dollar", "$"), ("x", "!"), ("{}", "{")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format(records))

logging.captureWarnings(True)
wlog = logging.getLogger("py.warnings")
wlog.addHandler(c)
wlog.propagate = False
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
msg = records[-1].getMessage()
print(records[-1].name, repr(msg[msg.index("UserWarning"):]))

err = io.StringIO()
old, sys.stderr = sys.stderr, err
log.warning("%d items", "x")
sys.stderr = old
lines = err.getvalue().splitlines()
print(lines[0], lines[-2], lines[-1], sep="\n")
log.disabled = True
log.critical("disabled logger")
log.disabled = False
print(logging.getLogger("rec.child").getEffectiveLevel(), logging.root is logging.getLogger())
