import io
import logging
import threading

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(threadName)s %(funcName)s %(message)s"))
log = logging.getLogger("threads")
log.addHandler(h)
log.setLevel(logging.INFO)
log.propagate = False


def worker(n):
    for i in range(3):
        log.info("worker %d step %d", n, i)


threads = [threading.Thread(target=worker, args=(n,), name="T%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.info("main done")
lines = buf.getvalue().splitlines()
print(len(lines))
for line in sorted(lines):
    print(line)

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


log.addHandler(Keep())
t = threading.Thread(target=log.warning, args=("from %s", "thread"), name="Named")
t.start()
t.join()
r = records[-1]
print(r.threadName, r.thread == t.ident, r.getMessage(), r.processName)
log.warning("main")
print(records[-1].threadName, records[-1].thread == threading.get_ident())
