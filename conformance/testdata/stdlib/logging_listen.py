import json
import logging
import logging.config
import socket
import struct
import sys


def send_config(text, verify=None):
    t = logging.config.listen(0, verify)
    t.start()
    t.ready.wait()
    port = t.port
    t.ready.clear()
    try:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(5.0)
        sock.connect(("localhost", port))
        data = text.encode("utf-8")
        sock.sendall(struct.pack(">L", len(data)) + data)
        sock.close()
    finally:
        t.ready.wait(5.0)
        logging.config.stopListening()
        t.join()
    print("listener port was assigned:", port > 0, t.is_alive())


config = {
    "version": 1,
    "formatters": {"f": {"format": "json config: %(name)s %(message)s"}},
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "f"}},
    "root": {"handlers": ["h"], "level": "INFO"},
}
send_config(json.dumps(config))
logging.getLogger("one").info("configured over a socket")

ini = """[loggers]
keys=root
[handlers]
keys=h
[formatters]
keys=f
[logger_root]
level=WARNING
handlers=h
[handler_h]
class=StreamHandler
args=(sys.stdout,)
formatter=f
[formatter_f]
format=ini config: %(levelname)s %(message)s
"""
send_config(ini)
logging.getLogger("two").warning("configured from an ini text")
logging.getLogger("two").info("hidden at WARNING")


def reject(data):
    return None


def flip(data):
    return data[::-1]


config["formatters"]["f"]["format"] = "rejected %(message)s"
send_config(json.dumps(config), reject)
logging.warning("still the ini configuration")
config["formatters"]["f"]["format"] = "verified %(message)s"
send_config(json.dumps(config)[::-1], flip)
logging.warning("configuration passed through verify")
logging.config.stopListening()
print(logging.config.DEFAULT_LOGGING_CONFIG_PORT)
