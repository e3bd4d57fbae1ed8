import logging
import re
import sys
import time


def rec(msg="hello %s", args=("world",), **extra):
    fields = {"name": "fmt.test", "msg": msg, "args": args, "levelno": 30,
              "levelname": "WARNING", "created": 1234567890.125, "msecs": 125.0,
              "pathname": "/src/pkg/mod.py", "filename": "mod.py", "module": "mod",
              "lineno": 42, "funcName": "work"}
    fields.update(extra)
    return logging.makeLogRecord(fields)


class UTC(logging.Formatter):
    converter = time.gmtime


r = rec()
print(repr(r))
print(r.getMessage(), r.name, r.levelname, r.lineno, r.funcName, r.pathname, r.module)
for fmt in ["%(asctime)s %(levelname)-8s %(name)s:%(lineno)d %(message)s",
            "%(levelno)03d|%(filename)s|%(module)s|%(funcName)s|%(msecs)d|%(message)r",
            "%(message)s (%(pathname)s)"]:
    print(UTC(fmt).format(r))
print(UTC("{asctime} {levelname:>10} {message!r}", style="{").format(r))
print(UTC("${asctime} $levelname $$ ${message}", style="$").format(r))
print(UTC("%(asctime)s", datefmt="%d/%m/%Y %H:%M:%S").format(r))
f = UTC()
print(f.formatTime(r), f.formatTime(r, "%H:%M"), f.usesTime(), f._fmt)
print(UTC("%(asctime)s").usesTime(), UTC("{asctime}", style="{").usesTime(),
      UTC("$asctime", style="$").usesTime(), UTC("${asctime}", style="$").usesTime())


class NoMsecs(UTC):
    default_msec_format = None


class OtherMsecs(UTC):
    default_time_format = "%H:%M:%S"
    default_msec_format = "%s.%03d"


print(NoMsecs("%(asctime)s").format(r), OtherMsecs("%(asctime)s").format(r))

# a mapping as the only argument
def real_rec(msg, args):
    return logging.LogRecord("n", logging.INFO, "/p/q.py", 7, msg, args, None)


d = real_rec("%(a)s and %(b)d", ({"a": "x", "b": 2},))
print(d.args, d.getMessage())
print(real_rec("%s", ({"a": 1},)).args, real_rec("%s", ({},)).getMessage(), real_rec("no args", ()).getMessage())
print(real_rec("%s %s", ({"a": 1}, 2)).getMessage(), real_rec("x", None).args)
print(rec(123, ()).getMessage(), rec("%d%%", (5,)).getMessage())
real = logging.LogRecord("n", logging.INFO, "/p/q.py", 7, "%(k)s", ({"k": "v"},), None)
print(real.getMessage(), real.filename, real.module, real.levelname, real.funcName, real.stack_info)
real = logging.LogRecord("n", logging.INFO, "/p/q.py", 7, "%s %s", ("a", "b"), None, "fn", "sinfo")
print(real.getMessage(), real.funcName, real.stack_info, real.exc_text)

# defaults for missing fields, missing fields without defaults
print(logging.Formatter("%(user)s: %(message)s", defaults={"user": "nobody"}).format(rec()))
print(logging.Formatter("{user}: {message}", style="{", defaults={"user": "anon"}).format(rec(user="bob")))
for fmt, style in [("%(user)s", "%"), ("{user}", "{"), ("$user", "$")]:
    try:
        logging.Formatter(fmt, style=style).format(rec())
    except ValueError as e:
        print("ValueError:", e)

# validation
for fmt, style, validate in [("plain", "%", False), ("{bad", "{", False), ("%(x)s", "{", True),
                             ("{x!q}", "{", True), ("{x:zz}", "{", True), ("{a-b}", "{", True),
                             ("{x!r:>10}", "{", True), ("$", "$", True), ("$$ $x", "$", True),
                             ("%(x)Q", "%", True), ("%(x)-10.3f", "%", True), ("{0}", "{", True)]:
    try:
        logging.Formatter(fmt, style=style, validate=validate)
        print("ok", repr(fmt))
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("plain", validate=False).format(rec()))

# exceptions and stacks appended to the message
try:
    raise KeyError("missing")
except KeyError:
    info = sys.exc_info()
e = rec(exc_info=info)
text = logging.Formatter("%(levelname)s %(message)s").format(e)
print(re.sub(r'File ".*?"', 'File "X"', text))
print(e.exc_text is not None)
e2 = rec(exc_info=None, stack_info="Stack (most recent call last):\n  here")
print(logging.Formatter("%(message)s").format(e2))
e3 = rec(msg="ends with newline\n", args=(), exc_text="cached exception text")
print(repr(logging.Formatter().format(e3)))


class Header(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "%d records:\n" % len(records)

    def formatFooter(self, records):
        return "-- end\n"


batch = [rec(), rec("second", ()), rec("third %d", (3,))]
print(Header(logging.Formatter("  %(message)s\n")).format(batch), end="")
print(repr(Header().format([])), repr(logging.BufferingFormatter().format(batch)))
print(logging.BASIC_FORMAT, logging.Formatter.default_time_format, logging.Formatter.default_msec_format)
