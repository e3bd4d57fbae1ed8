import io
import logging
import os
import sys
import time

app = logging.getLogger("app")
db = logging.getLogger("app.db")
deep = logging.getLogger("app.db.pool")
print(db.parent is app, deep.parent is db, app.parent is logging.getLogger())
mid_child = logging.getLogger("x.y.z")
mid = logging.getLogger("x.y")
print(mid_child.parent is mid, mid.parent.name, app.getChild("db") is db)
print(logging.getLogger("app") is app, repr(deep))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(name)s] %(levelname)s %(message)s"))
app.addHandler(out)
app.setLevel(logging.INFO)
db.debug("not shown")
db.info("db info")
print(db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.WARNING))

buf = io.StringIO()
bh = logging.StreamHandler(buf)
bh.setLevel(logging.WARNING)
bh.setFormatter(logging.Formatter("%(levelno)s:%(module)s:%(filename)s:%(message)s"))
db.addHandler(bh)
db.info("only stdout")
db.warning("both")
db.propagate = False
db.error("only buffer")
db.propagate = True
print(repr(buf.getvalue()))
db.removeHandler(bh)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


f = OnlyOdd()
app.addFilter(f)
for i in range(4):
    app.info("number %d", i)
app.removeFilter(f)
out.addFilter(lambda r: "secret" not in r.getMessage())
app.info("a secret")
app.info("public")
out.filters.clear()
out.addFilter(logging.Filter("app.db"))
app.info("from app: filtered")
deep.info("from deep: passes")
out.filters.clear()

adapter = logging.LoggerAdapter(app, {"user": "ann"})
out.setFormatter(logging.Formatter("%(user)s %(message)s"))
adapter.info("via adapter %s", "!")
print(adapter, adapter.name, adapter.isEnabledFor(logging.DEBUG))


class Fixed(logging.Formatter):
    converter = time.gmtime


fmt = Fixed("%(asctime)s %(message)s", datefmt="%Y/%m/%d %H:%M")
rec = logging.makeLogRecord({"msg": "made %s", "args": ("rec",), "created": 0.0, "msecs": 5.0, "levelno": 20})
print(fmt.format(rec))
print(Fixed("%(asctime)s|%(message)s").format(rec))
print(logging.Formatter("{message!r:>12}", style="{").format(rec))



class Short(logging.Formatter):
    def formatException(self, ei):
        lines = super().formatException(ei).splitlines()
        return lines[0] + "\n" + lines[-1]


out.setFormatter(Short("%(levelname)s %(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    app.exception("failed")
app.error("with exc", exc_info=ValueError("bad value"))
try:
    app.info("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)

nul = logging.getLogger("quiet")
nul.addHandler(logging.NullHandler())
nul.warning("dropped")
nul.propagate = False
err = io.StringIO()
old, sys.stderr = sys.stderr, err
logging.getLogger("unconfigured").warning("last resort %d", 1)
logging.getLogger("unconfigured").info("below WARNING")
sys.stderr = old
print(repr(err.getvalue()))

path = "logging_handlers_tmp.log"
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(name)s:%(message)s"))
deep.addHandler(fh)
deep.warning("to file")
fh.close()
deep.removeHandler(fh)
with open(path) as fp:
    print(repr(fp.read()))
print(os.path.basename(fh.baseFilename), repr(out), repr(logging.NullHandler()))
os.remove(path)
print(logging.getLogger().handlers, app.hasHandlers(), nul.hasHandlers())
logging.disable(logging.WARNING)
app.warning("disabled")
app.error("error passes")
logging.disable(logging.NOTSET)
