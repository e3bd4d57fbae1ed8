# spawn starts an unsupervised process from a GenPy instance or a
# callable with copies of the given arguments; a function process exits
# normally when it returns. Anything else, or arguments after a GenPy
# instance, is a TypeError.
from rebeam import GenPy, receive, call, cast, spawn, monitor, sleep, shutdown


class Log(GenPy):
    @receive("add")
    def add(self, message):
        self.state.setdefault("items", []).append(message)

    @receive("items")
    def items(self):
        return sorted(self.state.get("items", []), key=repr)

    @receive("DOWN")
    def down(self, message):
        # A process that exited before monitor() was called is "noproc".
        reason = message["reason"]
        self.state.setdefault("items", []).append(("DOWN", "exited" if reason in ("normal", "noproc") else reason))

    @receive("watch")
    def watch(self, message):
        monitor(message)


def work(log, a, b=0, *rest, scale=1, **opts):
    cast(log, "add", ("work", (a + b) * scale, rest, sorted(opts)))


def mutating(log, items):
    items.append("child")
    cast(log, "add", ("mutating", items))


class Job:
    def __init__(self, log):
        self.log = log

    def __call__(self, n):
        cast(self.log, "add", ("job", n))


log = spawn(Log())
items = ["parent"]
targets = [
    (work, (log, 1, 2, 3), {"scale": 10, "verbose": True}),
    (mutating, (log, items), {}),
    (Job(log), (5,), {}),
    (lambda l: cast(l, "add", ("lambda",)), (log,), {}),
]
for fn, args, kwargs in targets:
    call(log, "watch", spawn(fn, *args, **kwargs))
while len(call(log, "items")[1]) < 8:
    sleep(0.005)
for item in call(log, "items")[1]:
    print(item)
print(items)
for bad in [lambda: spawn(42), lambda: spawn(Log(), 1), lambda: spawn()]:
    try:
        bad()
    except TypeError:
        print("TypeError")
shutdown()
