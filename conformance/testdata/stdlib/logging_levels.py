import logging
import sys

# level names both ways
for value in [0, 10, 20, 30, 40, 50, 5, "DEBUG", "WARN", "FATAL", "CRITICAL", "nope", None, 30.0]:
    print(repr(value), "->", repr(logging.getLevelName(value)))
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)
mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items()))
mapping["X"] = 1
print("X" in logging.getLevelNamesMapping())
logging.addLevelName(15, "VERBOSE")
logging.addLevelName(logging.INFO, "INFORMATION")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"), logging.getLevelName(20),
      logging.getLevelName("INFORMATION"), logging.getLevelName("INFO"))
logging.addLevelName(logging.INFO, "INFO")

# the tree and effective levels
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
print(sorted(logging.root.manager.loggerDict))
print(type(logging.root.manager.loggerDict["a.b"]).__name__)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a, a.parent is logging.root)
print(type(logging.root.manager.loggerDict["a.b"]).__name__)
a.setLevel("ERROR")
print(a.level, ab.level, ab.getEffectiveLevel(), abc.getEffectiveLevel(), repr(abc))
ab.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), a.isEnabledFor(logging.WARNING))
print(logging.getLogger() is logging.root, logging.getLogger("") is logging.root,
      logging.getLogger("root") is logging.root, logging.getLogger(None) is logging.root)
print(logging.root.getChild("a") is a, a.getChild("b.c") is abc, abc.name, logging.root.name)
try:
    logging.getLogger(b"x")
except TypeError as e:
    print("TypeError:", e)

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.root.addHandler(h)
abc.debug("debug via a.b level")
a.warning("a warning is below ERROR")
a.error("a error")

# logging.disable overrides levels
logging.disable()
abc.critical("not shown")
print(logging.root.manager.disable, abc.isEnabledFor(logging.CRITICAL))
logging.disable(logging.INFO)
abc.info("not shown either")
abc.warning("shown: above the disable level")
logging.disable(logging.NOTSET)
abc.debug("debug again")

# disabled loggers and propagate
ab.disabled = True
ab.error("ab disabled")
abc.error("abc still works")
ab.disabled = False
abc.propagate = False
abc.error("no handler reachable, goes to last resort (stderr)")
print(abc.hasHandlers(), ab.hasHandlers())
abc.propagate = True

# levels given as strings to handlers / setLevel errors
h.setLevel("WARNING")
print(h.level, repr(h))
abc.info("filtered by the handler level")
h.setLevel(logging.NOTSET)
for bad in ["verbose", [10], 2.0]:
    try:
        h.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.Logger("direct", level="BAD")
except ValueError as e:
    print("ValueError:", e)
direct = logging.Logger("direct", "INFO")
print(direct.level, direct.parent, direct.name in logging.root.manager.loggerDict)

# custom level used with log()
logging.addLevelName(25, "NOTICE")
abc.log(25, "a notice %s", "here")
abc.log(5, "too low")
print(logging.getLevelName(25))
