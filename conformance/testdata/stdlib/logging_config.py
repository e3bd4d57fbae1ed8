import logging
import logging.config
import logging.handlers
import os

old = logging.getLogger("old.module")
keep = logging.getLogger("svc.keep")

logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "braces": {"format": "{name} | {message}", "style": "{"},
    },
    "filters": {"only_svc": {"name": "svc"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "brief", "level": "DEBUG"},
        "other": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "braces", "filters": ["only_svc"]},
    },
    "loggers": {
        "svc": {"level": "INFO", "handlers": ["other"], "propagate": True},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
})
svc = logging.getLogger("svc")
svc.info("svc info")
svc.debug("svc debug hidden")
logging.getLogger("svc.keep").warning("child of configured")
old.warning("disabled existing logger")
print(old.disabled, keep.disabled, svc.level, svc.handlers[0].name)
logging.getLogger("new").error("new logger after config")

for bad in ({}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e)

target = logging.StreamHandler()
import sys
target.setStream(sys.stdout)
target.setFormatter(logging.Formatter("mem> %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.setLevel(logging.DEBUG)
ml.addHandler(mem)
ml.info("one")
ml.info("two")
print("buffered", len(mem.buffer))
ml.info("three")
print("after capacity", len(mem.buffer))
ml.info("four")
ml.error("boom")
ml.info("five")
mem.close()
ml.removeHandler(mem)

path = "logging_config_tmp.log"
rot = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2)
rot.setFormatter(logging.Formatter("%(message)s"))
ml.addHandler(rot)
for i in range(6):
    ml.info("rotating line %d", i)
rot.close()
for name in (path, path + ".1", path + ".2", path + ".3"):
    if os.path.exists(name):
        with open(name) as f:
            print(name, repr(f.read()))
        os.remove(name)
