import logging
import os

path = "logging_file_tmp.log"
logging.basicConfig(filename=path, filemode="w", level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(message)s", encoding="utf-8")
h = logging.root.handlers[0]
print(type(h).__name__, os.path.basename(h.baseFilename), h.mode, h.encoding, h.level)
logging.info("first line")
logging.getLogger("pkg.mod").warning("unicode: héllo ✓")
logging.debug("not written")
logging.basicConfig(filename=path, filemode="a", force=True, format="%(message)s")
print(h.stream)
logging.warning("after force, appended")
logging.shutdown()
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")

delayed = logging.FileHandler(path, mode="w", delay=True)
print(delayed.stream)
lg = logging.getLogger("delayed")
lg.propagate = False
lg.addHandler(delayed)
lg.warning("written on first emit")
print(delayed.stream is not None)
delayed.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
try:
    logging.basicConfig(force=True, filename=path, handlers=[logging.NullHandler()])
except ValueError as e:
    print("ValueError:", e)
