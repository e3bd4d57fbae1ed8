"""A classic-style OO benchmark: a tiny cooperative operating system with
tasks of several kinds passing packets through queues, scheduled by priority."""


class Packet:
    def __init__(self, dest, kind, payload):
        self.dest = dest
        self.kind = kind
        self.payload = payload
        self.link = None


class Task:
    def __init__(self, os, ident, priority):
        self.os = os
        self.ident = ident
        self.priority = priority
        self.inbox = []
        self.waiting = False
        self.handled = 0

    def ready(self):
        return bool(self.inbox) and not self.waiting

    def run(self):
        packet = self.inbox.pop(0)
        self.handled += 1
        self.handle(packet)

    def handle(self, packet):
        raise NotImplementedError


class Producer(Task):
    def __init__(self, os, ident, priority, workers):
        super().__init__(os, ident, priority)
        self.workers = workers
        self.counter = 0

    def handle(self, packet):
        self.counter += 1
        target = self.workers[self.counter % len(self.workers)]
        self.os.send(Packet(target, "work", self.counter))
        if self.counter < self.os.limit:
            self.os.send(Packet(self.ident, "tick", None))


class Worker(Task):
    def __init__(self, os, ident, priority, sink):
        super().__init__(os, ident, priority)
        self.sink = sink
        self.acc = 0

    def handle(self, packet):
        value = packet.payload
        for shift in (1, 3, 5):
            value = (value * 31 + shift) % 65521
        self.acc = (self.acc + value) % 1000003
        if value % 4 == 0:
            self.os.send(Packet(self.sink, "result", value))
        else:
            self.waiting = packet.payload % 9 == 0
            self.os.send(Packet(self.os.wakeup, "wake", self.ident))


class Waker(Task):
    def handle(self, packet):
        self.os.tasks[packet.payload].waiting = False


class Sink(Task):
    def __init__(self, os, ident, priority):
        super().__init__(os, ident, priority)
        self.total = 0

    def handle(self, packet):
        self.total = (self.total + packet.payload) % 1000000007


class OS:
    def __init__(self, limit):
        self.limit = limit
        self.tasks = {}
        self.order = []
        self.switches = 0
        self.wakeup = None

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def send(self, packet):
        self.tasks[packet.dest].inbox.append(packet)

    def schedule(self):
        while True:
            for task in self.order:
                if task.ready():
                    self.switches += 1
                    task.run()
                    break
            else:
                return


def run(limit):
    os = OS(limit)
    sink = Sink(os, "sink", 1)
    os.add(sink)
    waker = Waker(os, "waker", 5)
    os.add(waker)
    os.wakeup = "waker"
    workers = []
    for k in range(4):
        w = Worker(os, "w%d" % k, 2 + k % 2, "sink")
        os.add(w)
        workers.append(w.ident)
    producer = Producer(os, "producer", 3, workers)
    os.add(producer)
    os.send(Packet("producer", "tick", None))
    os.schedule()
    handled = sorted((t.ident, t.handled) for t in os.order)
    return os.switches, sink.total, handled


switches, total, handled = run(90000)
print("switches:", switches)
print("sink total:", total)
print("handled:", handled)
