import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(message)s")
logging.debug("debug %s", "msg")
logging.info("info %d %d", 1, 2)
logging.warning("warn")


def work():
    logging.error("from %(who)s", {"who": "work"})


work()
logging.critical("crit")
logging.log(25, "level %s", 25)

root = logging.getLogger()
print(root, root.level, root.getEffectiveLevel(), root.name)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33))
logging.addLevelName(25, "NOTICE")
logging.log(25, "notice now")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.getLevelNamesMapping()["WARN"])

# basicConfig does nothing once configured, unless force=True
logging.basicConfig(format="ignored %(message)s")
logging.info("still old format")
logging.basicConfig(force=True, stream=sys.stdout, level="INFO",
                    format="{levelname:<8}{name}: {message}", style="{")
logging.debug("hidden")
logging.info("brace style")
logging.basicConfig(force=True, stream=sys.stdout,
                    format="$levelname ${name} - $message", style="$")
logging.warning("dollar style")
logging.basicConfig(force=True, stream=sys.stdout)
logging.warning("default format")
logging.info("not shown at WARNING? root level stays INFO")

for bad in [dict(style="#"), dict(format="no fields", force=True),
            dict(stream=sys.stdout, filename="x.log"), dict(force=True, foo=1)]:
    try:
        logging.basicConfig(**bad)
    except ValueError as e:
        print("ValueError:", e)
for lvl in ["LOUD", 1.5]:
    try:
        root.setLevel(lvl)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    root.log("x", "y")
except TypeError as e:
    print("TypeError:", e)
