# queue: FIFO/LIFO/priority order, bounds, non-blocking and timed calls,
# task_done/join across threads, SimpleQueue, error cases.
import queue
import threading

q = queue.Queue()
for x in (3, 1, 2):
    q.put(x)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())

lq = queue.LifoQueue()
for x in "abc":
    lq.put_nowait(x)
print([lq.get_nowait() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(5, "five"), (1, "one"), (3, "three"), (2, "two")]:
    pq.put(item)
print([pq.get()[1] for _ in range(4)])

b = queue.Queue(maxsize=2)
print(b.maxsize, b.full())
b.put(1)
b.put(2)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put(3, block=False)
except queue.Full:
    print("Full non-blocking")
print(b.get(), b.get())
try:
    b.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    b.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

# negative timeouts
for call in (lambda: b.get(True, -1), lambda: b.put(1, True, -1),
             lambda: queue.Queue().get(timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(queue.Queue().put(1, True, -1))   # unbounded: timeout not checked

# task_done errors
t = queue.Queue()
try:
    t.task_done()
except ValueError as e:
    print("ValueError", e)
t.put("x")
print(t.unfinished_tasks)
t.get()
t.task_done()
print(t.unfinished_tasks)
t.join()

# worker threads with join
work = queue.Queue()
done = []
lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            done.append(item * item)
        work.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for th in threads:
    th.start()
for i in range(10):
    work.put(i)
work.join()
print(sorted(done))
for _ in threads:
    work.put(None)
for th in threads:
    th.join()
print(work.unfinished_tasks, work.empty())

# a blocked get woken by a put from another thread
handoff = queue.Queue(1)
got = []
consumer = threading.Thread(target=lambda: got.append(handoff.get(timeout=5)))
consumer.start()
handoff.put("hello")
consumer.join()
print(got)

# SimpleQueue
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False, timeout=1)
print(s.qsize(), s.get(), s.get_nowait(), s.get(timeout=1), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty after timeout")
try:
    s.get(True, -1)
except ValueError as e:
    print("ValueError", e)

# subclasses and generics
class Sorted(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()


sq = Sorted()
for x in (4, 2, 9, 1):
    sq.put(x)
print([sq.get() for _ in range(4)])
print(queue.Queue[int], issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(isinstance(queue.LifoQueue(), queue.Queue), isinstance(queue.PriorityQueue(), queue.Queue))
print(sorted(queue.__all__))
