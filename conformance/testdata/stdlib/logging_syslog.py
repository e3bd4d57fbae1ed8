import logging
import logging.handlers
import socket

S = logging.handlers.SysLogHandler
print(S.LOG_LOCAL3, S.LOG_ERR, S.LOG_USER, S.LOG_AUTHPRIV, S.LOG_DEBUG)
print(sorted(S.priority_names.items()))
print(sorted(S.facility_names.items()))
print(S.priority_map)
receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receiver.bind(("127.0.0.1", 0))
port = receiver.getsockname()[1]
h = S(address=("127.0.0.1", port), facility=S.LOG_LOCAL3)
print(h.encodePriority("user", "info"), h.encodePriority(3, 4), h.encodePriority("local7", "debug"))
print(h.mapPriority("NOTICE"), h.mapPriority("ERROR"), h.append_nul, repr(h.ident), h.facility, h.unixsocket)
try:
    h.encodePriority("bogus", "info")
except KeyError as e:
    print("KeyError", e)
log = logging.getLogger("sys")
log.propagate = False
log.addHandler(h)
h.ident = "app: "
log.error("oops %d", 1)
print(receiver.recvfrom(1024)[0])
h.append_nul = False
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
log.warning("careful")
print(receiver.recvfrom(1024)[0])
log.critical("unicode ✓")
print(receiver.recvfrom(1024)[0])
h.close()
print(h.socket, repr(h))
receiver.close()
