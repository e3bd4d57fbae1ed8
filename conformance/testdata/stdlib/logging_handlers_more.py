import io
import logging
import logging.handlers
import os
import queue
import sys
import tempfile

tmp = tempfile.mkdtemp()
log = logging.getLogger("more")
log.propagate = False
log.setLevel(logging.DEBUG)


def show_dir():
    for name in sorted(os.listdir(tmp)):
        with open(os.path.join(tmp, name)) as f:
            print("  ", name, repr(f.read()))


# RotatingFileHandler with namer and rotator
path = os.path.join(tmp, "app.log")
rh = logging.handlers.RotatingFileHandler(path, maxBytes=20, backupCount=3)
rh.namer = lambda name: name.replace("app.log.", "app-") + ".txt"


def rotator(source, dest):
    with open(source) as src, open(dest, "w") as dst:
        dst.write(src.read().upper())
    os.remove(source)


rh.rotator = rotator
log.addHandler(rh)
for i in range(5):
    log.info("message %d", i)
rh.close()
log.removeHandler(rh)
print(rh.maxBytes, rh.backupCount, rh.mode, repr(rh).replace(tmp, "TMP"))
show_dir()
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))

# no backups: the file is just truncated; maxBytes=0 never rotates
rh = logging.handlers.RotatingFileHandler(path, maxBytes=15, backupCount=0)
log.addHandler(rh)
log.info("first entry")
log.info("second entry")
rh.close()
log.removeHandler(rh)
show_dir()
rh = logging.handlers.RotatingFileHandler(path, mode="w", delay=True)
print(rh.stream, rh.mode)
log.addHandler(rh)
for i in range(3):
    log.info("unbounded %d", i)
rh.close()
log.removeHandler(rh)
show_dir()
os.remove(path)

# TimedRotatingFileHandler: forced rollovers
th = logging.handlers.TimedRotatingFileHandler(path, when="S", interval=1, backupCount=2, utc=True)
print(th.when, th.interval, th.suffix, th.extMatch.pattern, th.backupCount)
stamps = iter([1000000000, 1000000060, 1000000120, 1000000180])
th.formatter = logging.Formatter("%(message)s")
log.addHandler(th)
for i in range(4):
    th.rolloverAt = next(stamps) + 1  # the period that just ended started at this time
    th.doRollover()
    log.info("timed %d", i)
th.close()
log.removeHandler(th)
show_dir()
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
for when, interval in [("M", 5), ("H", 1), ("D", 2), ("midnight", 1), ("W6", 1)]:
    t = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=interval, delay=True, utc=True)
    print(when, t.when, t.interval, t.suffix, t.computeRollover(1000000000) - 1000000000)
for bad in ["Y", "W", "W7", "Wx"]:
    try:
        logging.handlers.TimedRotatingFileHandler(path, when=bad, delay=True)
    except ValueError as e:
        print("ValueError:", e)

# WatchedFileHandler reopens a removed file
wh = logging.handlers.WatchedFileHandler(path)
log.addHandler(wh)
log.info("before removal")
os.remove(path)
log.info("after removal")
wh.close()
log.removeHandler(wh)
show_dir()
os.remove(path)

# BufferingHandler / MemoryHandler
bh = logging.handlers.BufferingHandler(2)
log.addHandler(bh)
log.info("b1")
print(len(bh.buffer), bh.shouldFlush(bh.buffer[0]))
log.info("b2")
print(len(bh.buffer), repr(bh))
log.removeHandler(bh)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("out: %(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(10, flushLevel=logging.WARNING)
log.addHandler(mh)
log.info("kept while no target")
log.warning("flush level, but no target")
print(len(mh.buffer))
mh.setTarget(out)
log.debug("now with a target")
log.critical("flush now")
print(len(mh.buffer))
log.info("flushed on close")
mh.close()
print(mh.target, len(mh.buffer))
log.removeHandler(mh)
quiet = logging.handlers.MemoryHandler(10, target=out, flushOnClose=False)
log.addHandler(quiet)
log.info("lost at close")
quiet.close()
log.removeHandler(quiet)

# QueueHandler and QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(qh)
try:
    raise RuntimeError("in queue")
except RuntimeError:
    log.exception("queued %s", "exc")
item = q.get_nowait()
print(repr(item.msg.splitlines()[0]), item.msg.splitlines()[-1], item.args, item.exc_info, item.exc_text,
      item.message.splitlines()[0], item.levelname)
log.removeHandler(qh)
qh2 = logging.handlers.QueueHandler(q)
log.addHandler(qh2)
collected = []


class Collect(logging.Handler):
    def emit(self, record):
        collected.append((self.name, record.getMessage()))


c1 = Collect()
c1.set_name("all")
c2 = Collect(logging.WARNING)
c2.set_name("warn")
listener = logging.handlers.QueueListener(q, c1, c2)
listener.start()
log.info("info %d", 1)
log.warning("warning %d", 2)
listener.stop()
print(collected)
collected.clear()
listener = logging.handlers.QueueListener(q, c1, c2, respect_handler_level=True)
listener.start()
log.info("info %d", 3)
log.error("error %d", 4)
listener.stop()
print(collected, listener._thread)
log.removeHandler(qh2)

# StreamHandler details
buf = io.StringIO()
sh = logging.StreamHandler(buf)
sh.terminator = " | "
log.addHandler(sh)
log.info("one")
log.info("two")
other = io.StringIO()
print(sh.setStream(other) is buf, sh.setStream(other))
log.info("three")
print(repr(buf.getvalue()), repr(other.getvalue()))
log.removeHandler(sh)
print(repr(logging.StreamHandler(buf)), repr(logging.StreamHandler()))

# errors during emit go to stderr via handleError
err = io.StringIO()
old_err, sys.stderr = sys.stderr, err
log.addHandler(out)
log.info("%s %s", "only one")
logging.raiseExceptions = False
log.info("%s %s", "silent")
logging.raiseExceptions = True
sys.stderr = old_err
lines = err.getvalue().splitlines()
print(lines[0], lines[-3], lines[-2], lines[-1], sep="\n")

# no handlers at all, lastResort disabled
lonely = logging.getLogger("lonely")
lonely.propagate = False
err = io.StringIO()
old_err, sys.stderr = sys.stderr, err
saved, logging.lastResort = logging.lastResort, None
lonely.warning("first")
lonely.warning("second")
logging.lastResort = saved
lonely.error("via last resort")
lonely.info("info is below last resort level")
sys.stderr = old_err
print(repr(err.getvalue()))
print(logging.lastResort, logging.lastResort.level)
os.rmdir(tmp)
