import logging
import logging.config
import sys

logging.getLogger("pre.existing").setLevel(logging.DEBUG)
logging.getLogger("lib.inner")


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)


class OnlyShort(logging.Filter):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def filter(self, record):
        return len(record.getMessage()) <= self.limit


class ListHandler(logging.Handler):
    def __init__(self, label, items=()):
        super().__init__()
        self.label = label
        self.items = list(items)

    def emit(self, record):
        print("%s[%s] %s" % (self.label, getattr(self, "suffix", ""), self.format(record)))


config = {
    "version": 1,
    "disable_existing_loggers": False,
    "settings": {"width": [10, 40]},
    "formatters": {
        "plain": {"format": "%(name)s %(levelname)s %(message)s"},
        "upper": {"()": Upper, "fmt": "%(levelname)s|%(message)s"},
        "factory": {"()": "__main__.make_formatter", "fmt": "%(message)s", "prefix": ">> "},
        "dollar": {"format": "$name: $message", "style": "$", "datefmt": "%H"},
        "classy": {"class": "logging.Formatter", "format": "{levelname} {message}", "style": "{"},
        "novalid": {"format": "no fields at all", "validate": False},
    },
    "filters": {
        "short": {"()": OnlyShort, "limit": "cfg://settings.width[0]"},
        "lib": {"name": "lib"},
    },
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "plain", "level": "INFO"},
        "custom": {"()": ListHandler, "label": "custom", ".": {"suffix": "S"},
                   "formatter": "factory", "filters": ["short"]},
        "buffered": {"class": "logging.handlers.MemoryHandler", "capacity": 2,
                     "target": "stdout2", "formatter": "upper"},
        "stdout2": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "upper"},
        "dollar": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "dollar"},
        "classy": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "classy"},
    },
    "loggers": {
        "app": {"handlers": ["custom"], "level": "DEBUG", "propagate": False},
        "lib": {"handlers": ["dollar"], "filters": ["lib"]},
        "buf": {"handlers": ["buffered"], "propagate": False, "level": 10},
        "classy": {"handlers": ["classy"], "propagate": 0},
    },
    "root": {"handlers": ["stdout"], "level": "WARNING"},
}
logging.config.dictConfig(config)
app = logging.getLogger("app")
app.debug("short")
app.debug("this message is too long for the filter")
logging.getLogger("lib").warning("lib warning")
logging.getLogger("lib.inner").warning("inner warning")
print(logging.getLogger("lib.inner").level, logging.getLogger("pre.existing").disabled,
      logging.getLogger("pre.existing").level)
buf = logging.getLogger("buf")
buf.info("buffered one")
print("nothing yet")
buf.info("buffered two")
logging.getLogger("classy").warning("brace style")
root = logging.getLogger()
print(root.level, [h.name for h in root.handlers], root.handlers[0].level, [h.name for h in app.handlers])
print(sorted(logging._handlers.keys()) if hasattr(logging, "_handlers") else None)
print(app.handlers[0].suffix, app.handlers[0].label, app.handlers[0].filters[0].limit)

# incremental: change levels only
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"stdout": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "ERROR", "propagate": True}},
                           "root": {"level": "DEBUG"}})
print(root.handlers[0].level, app.level, app.propagate, root.level, app.handlers[0].name)
try:
    logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"nope": {}}})
except ValueError as e:
    print("ValueError:", e)

# a full configuration replaces handlers and disables unmentioned loggers
logging.config.dictConfig({
    "version": 1,
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
    "root": {"handlers": ["h"], "level": "INFO"},
})
print(app.disabled, app.handlers, logging.getLogger("lib.inner").disabled, root.handlers[0].name)
app.error("app is disabled")
logging.getLogger("brand.new").info("new loggers work: %s", "yes")
print(root.handlers[0].formatter)
logging.config.dictConfig({"version": 1, "loggers": {"app": {"level": "INFO"}}})
print(app.disabled, app.level, root.handlers)

errors = [
    {"version": 1, "formatters": {"f": {"format": "%(nothing"}}},
    {"version": 1, "formatters": {"f": {"format": "x", "style": "?"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "LOUD"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "filters": ["none"]}}},
    {"version": 1, "handlers": {"h": {"class": "no.such.module.Handler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.nothing"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["absent"]}}},
    {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
    {"version": 1, "root": {"level": "LOUD"}},
    {"version": 1, "filters": {"f": {"()": "no_module_here.Filter"}}},
    {"version": "1"},
]
for cfg in errors:
    try:
        logging.config.dictConfig(cfg)
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
        if e.__cause__ is not None:
            print("  caused by", type(e.__cause__).__name__)
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("a b")
except ValueError as e:
    print("ValueError:", e)
