import io
import logging
import logging.config
import os
import sys

logging.getLogger("old").warning("before config goes to last resort")
logging.getLogger("app.sub")

ini = """
[loggers]
keys = root, app, quiet

[handlers]
keys = console, brief

[formatters]
keys = detailed, short

[logger_root]
level = WARNING
handlers = console

[logger_app]
level = DEBUG
handlers = brief
qualname = app
propagate = 0

[logger_quiet]
level = CRITICAL
handlers =
qualname = quiet.module

[handler_console]
class = StreamHandler
level = NOTSET
formatter = detailed
args = (sys.stdout,)

[handler_brief]
class = logging.StreamHandler
formatter = short
args = (sys.stdout,)

[formatter_detailed]
format = %(levelname)s in %(name)s: %(message)s
datefmt =

; the percent signs are taken literally
[formatter_short]
format = {name}> {message}
style = {
"""
path = "logging_fileconfig_tmp.ini"
with open(path, "w") as f:
    f.write(ini)
logging.config.fileConfig(path)
os.remove(path)

logging.getLogger("app").debug("app debug %d", 1)
logging.getLogger("app.sub").info("sub info (propagates to app only)")
logging.getLogger("other").warning("other warning")
logging.getLogger("quiet.module").error("suppressed")
logging.getLogger("old").warning("old logger is disabled")
print(logging.getLogger("old").disabled, logging.getLogger("app.sub").disabled)
print(logging.getLogger().level, logging.getLogger("app").propagate,
      [h.name for h in logging.getLogger().handlers], logging.getLogger("quiet.module").level)

# a file object, defaults, and keeping existing loggers
ini2 = """
[loggers]
keys=root

[handlers]
keys=h

[formatters]
keys=f

[logger_root]
level=%(lvl)s
handlers=h

[handler_h]
class=StreamHandler
args=(sys.stdout,)
formatter=f

[formatter_f]
format=[%(levelname)s] %(message)s
"""
logging.config.fileConfig(io.StringIO(ini2), defaults={"lvl": "INFO"}, disable_existing_loggers=False)
logging.info("root at INFO from defaults")
logging.getLogger("other").info("other is still enabled: %s", not logging.getLogger("other").disabled)
print(logging.getLogger("app").handlers, logging.getLogger("app").disabled)
try:
    logging.config.fileConfig("does_not_exist.ini")
except Exception as e:
    print(type(e).__name__, e)
