# threading: Thread naming, reprs and errors, excepthook (default and
# custom), Condition, Semaphore, Event, Barrier, Timer, RLock and local.
import io
import sys
import threading
import time


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", r)


def noop():
    pass


# names and reprs (idents vary, so they are checked apart)
t1 = threading.Thread(target=noop)
t2 = threading.Thread()
t3 = threading.Thread(target=noop, name=42)
print(t1.name, "|", t2.name, "|", repr(t3.name), repr(t1))


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 2


w = Worker(21)
print(w.name, w.is_alive(), w.ident)
w.start()
w.join()
print(w.result, w.is_alive(), isinstance(w.ident, int), w.native_id is not None)
print(repr(w).startswith(f"<Worker({w.name}, stopped "), repr(w).endswith(f"{w.ident})>"))
attempt("start twice", w.start)
attempt("join unstarted", threading.Thread().join)
attempt("join self", threading.current_thread().join)
attempt("daemon after start", lambda: setattr(w, "daemon", True))


class NoInit(threading.Thread):
    def __init__(self):
        pass


attempt("no __init__", lambda: NoInit().start())

d = threading.Thread(target=noop, daemon=True)
print(d.daemon, threading.Thread(target=noop).daemon, threading.current_thread().daemon)
d.daemon = False
print(d.daemon, d.isDaemon(), d.getName() == d.name)
d.name = "renamed"
print(d.name, repr(d))

# the daemon flag is inherited from the creating thread
inherited = []


def make_child():
    inherited.append(threading.Thread(target=noop).daemon)
    inherited.append(threading.current_thread().name)


parent = threading.Thread(target=make_child, daemon=True, name="parent")
parent.start()
parent.join()
print(inherited)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive(), repr(main).startswith("<_MainThread(MainThread, started "))
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)

# join with a timeout on a thread still running
release = threading.Event()
slow = threading.Thread(target=release.wait, name="slow")
slow.start()
slow.join(0.01)
print(slow.is_alive(), sorted(t.name for t in threading.enumerate()))
release.set()
slow.join()
print(slow.is_alive(), threading.active_count())

# kwargs and args
got = []
kw = threading.Thread(target=lambda a, b=0, *, c: got.append((a, b, c)), args=(1,), kwargs={"c": 3})
kw.start()
kw.join()
print(got)

# default excepthook writes to sys.stderr
def boom():
    raise ValueError("bad value")


saved = sys.stderr
sys.stderr = io.StringIO()
bt = threading.Thread(target=boom)
bt.start()
bt.join()
text = sys.stderr.getvalue()
sys.stderr = saved
lines = text.splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(bt.is_alive())

# SystemExit in a thread is silent
sys.stderr = io.StringIO()
st = threading.Thread(target=sys.exit, args=(3,), name="exiter")
st.start()
st.join()
print(repr(sys.stderr.getvalue()))
sys.stderr = saved

# a custom excepthook
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook
ht = threading.Thread(target=boom, name="hooked")
ht.start()
ht.join()
threading.excepthook = threading.__excepthook__
print(seen)
args = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args))

# Condition: notify wakes waiters one at a time, notify_all the rest
cond = threading.Condition()
ready = []
woken = []
waiting = [0]


def waiter(n):
    with cond:
        waiting[0] += 1
        cond.notify_all()
        cond.wait_for(lambda: n in ready)
        woken.append(n)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ws:
    t.start()
with cond:
    cond.wait_for(lambda: waiting[0] == 4)
    ready.append(0)
    cond.notify_all()
ws[0].join()
with cond:
    ready.extend([1, 2, 3])
    cond.notify_all()
for t in ws:
    t.join()
print(sorted(woken))
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01), cond.wait_for(lambda: "yes", 0))
attempt("wait unowned", lambda: cond.wait(0))
attempt("notify unowned", cond.notify)
lc = threading.Condition(threading.Lock())
with lc:
    lc.notify()
    print(lc.wait(0), repr(lc).endswith(", 0)>"))
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print(rc.wait(0.01))   # gives up the RLock entirely while waiting

# Semaphore bounds concurrency
sem = threading.Semaphore(2)
active = [0]
peak = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with guard:
            active[0] -= 1


ls = [threading.Thread(target=limited) for _ in range(6)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print("peak", peak[0] <= 2, active[0])
s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01))
s.release(3)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=1), s.acquire(False))
attempt("timeout non-blocking", lambda: s.acquire(False, 1))
attempt("release 0", lambda: s.release(0))
attempt("negative", lambda: threading.Semaphore(-1))
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
attempt("bounded", bs.release)
print(repr(bs).split(": ")[1], repr(threading.Semaphore(5)).split(": ")[1])

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0), repr(ev).split(": ")[1])
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0.5), repr(ev).split(": ")[1])
ev.clear()
print(ev.is_set(), ev.wait(0.01))

# Barrier
order = []
bar = threading.Barrier(3, action=lambda: order.append("action"))
print(bar.parties, bar.n_waiting, bar.broken)


def at_barrier(i):
    idx = bar.wait()
    with guard:
        order.append(idx)


bt = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in bt:
    t.start()
for t in bt:
    t.join()
print(order[0], sorted(order[1:]), bar.n_waiting, bar.broken)
solo = threading.Barrier(2, timeout=0.01)
attempt("barrier timeout", solo.wait)
print(solo.broken, repr(solo).endswith(": broken>"))
attempt("broken barrier", solo.wait)
solo.reset()
print(solo.broken, repr(solo).endswith(": waiters=0/2>"))
ab = threading.Barrier(2)
ab.abort()
attempt("aborted", lambda: ab.wait(1))
print(issubclass(threading.BrokenBarrierError, RuntimeError))


def bad_action():
    raise KeyError("action failed")


fb = threading.Barrier(1, action=bad_action)
attempt("action error", fb.wait)
print(fb.broken)
one = threading.Barrier(1)
print(one.wait(), one.wait())

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
print(tm.interval, tm.args, tm.kwargs, tm.finished.is_set())
tm.start()
tm.join()
print(fired, tm.finished.is_set())
cancelled = threading.Timer(10, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

# RLock
rl = threading.RLock()
print(rl.acquire(), rl.acquire(), repr(rl).split(" owner")[0])
rl.release()
rl.release()
print(repr(rl).split(" at ")[0])
attempt("rlock release", rl.release)


def other_release():
    try:
        rl.release()
    except RuntimeError as e:
        got.append(str(e))


rl.acquire()
ot = threading.Thread(target=other_release)
ot.start()
ot.join()
rl.release()
print(got[-1])
print(rl.acquire(blocking=False), rl.acquire(timeout=0.1))
rl.release()
rl.release()

# Lock
lk = threading.Lock()
print(lk.locked(), lk.acquire(), lk.locked(), lk.acquire(blocking=False), lk.acquire(timeout=0.01))
lk.release()
attempt("lock release", lk.release)
attempt("lock timeout", lambda: lk.acquire(False, 1))
attempt("lock negative", lambda: lk.acquire(True, -2))
with lk:
    print("inside", lk.locked())
print(lk.locked(), threading.Lock is threading.Lock, type(lk) is type(threading.Lock()))

# local
data = threading.local()
data.v = "main"


class Counter(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


c = Counter(10)
c.bump()
out = {}


def use_local(n):
    out[n] = (getattr(data, "v", None), c.count, c.bump(), c.bump())
    data.v = n


lt = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in lt:
    t.start()
for t in lt:
    t.join()
print(sorted(out.items()), data.v, c.count, sorted(vars(c).items()))
attempt("local missing", lambda: data.missing)
attempt("local args", lambda: threading.local(1))
del data.v
attempt("deleted", lambda: data.v)
print(type(data).__name__, isinstance(c, threading.local))

# misc
print(threading.stack_size(), threading.ThreadError is RuntimeError)
attempt("stack_size", lambda: threading.stack_size(100))
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(sorted(n for n in threading.__all__ if not n.startswith("_"))[:6])
