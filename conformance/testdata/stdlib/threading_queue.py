# threading and queue: locks, joins, events, conditions, semaphores,
# thread-local data, a producer/consumer queue and task_done/join.
import queue
import threading
import time

results = []
lock = threading.Lock()


def worker(n, out):
    for i in range(100):
        with lock:
            out.append((n, i))


ts = [threading.Thread(target=worker, args=(k, results)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results), sorted(set(n for n, _ in results)))
print(ts[0].name, ts[0].is_alive(), ts[0].daemon, ts[0].ident is not None)
print(threading.current_thread().name,
      threading.main_thread() is threading.current_thread())
print(isinstance(threading.get_ident(), int))

q = queue.Queue()
out = []


def producer():
    for i in range(5):
        q.put(i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * 10)


c = threading.Thread(target=consumer, name="consumer")
c.start()
p = threading.Thread(target=producer)
p.start()
q.join()
c.join()
p.join()
print(out, c.name, q.empty(), q.qsize())

ev = threading.Event()


def setter():
    time.sleep(0.05)
    ev.set()


threading.Thread(target=setter).start()
print(ev.wait(5), ev.is_set(), threading.Event().wait(0.01))

r = threading.RLock()
with r:
    with r:
        print("rlock re-entered")
try:
    threading.Lock().release()
except RuntimeError as e:
    print("RuntimeError:", e)
lk = threading.Lock()
print(lk.acquire(), lk.acquire(False), lk.acquire(timeout=0.01), lk.locked())
lk.release()

cond = threading.Condition()
items = []
got = []


def cons():
    with cond:
        cond.wait_for(lambda: items)
        got.append(items.pop())


t = threading.Thread(target=cons)
t.start()
with cond:
    items.append("x")
    cond.notify()
t.join()
print("condition:", got)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

pq = queue.PriorityQueue()
for x in (3, 1, 2):
    pq.put(x)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for x in (3, 1, 2):
    lq.put(x)
print([lq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty")
fq = queue.Queue(1)
fq.put(1)
try:
    fq.put(2, timeout=0.01)
except queue.Full:
    print("Full")

loc = threading.local()
loc.x = 1


def lw():
    seen.append(hasattr(loc, "x"))
    loc.x = 2


seen = []
t = threading.Thread(target=lw)
t.start()
t.join()
print("local:", seen, loc.x)


def boom():
    raise ValueError("bad")


t = threading.Thread(target=boom, name="B")
t.start()
t.join()
print("after boom", t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=boom).join()
except RuntimeError as e:
    print("RuntimeError:", e)


def daemon_loop():
    while True:
        time.sleep(0.01)


threading.Thread(target=daemon_loop, daemon=True).start()
timer_hits = []
tm = threading.Timer(0.01, timer_hits.append, args=["fired"])
tm.start()
tm.join()
print(timer_hits)
print("end")
