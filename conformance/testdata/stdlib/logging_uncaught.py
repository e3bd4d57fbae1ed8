import logging
import logging.config
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
logging.warning("before the failing configuration")
logging.config.dictConfig({
    "version": 1,
    "handlers": {"broken": {"class": "logging.FileHandler"}},
    "root": {"handlers": ["broken"]},
})
print("not reached")
