# Each start, the first and every restart, uses a fresh copy of the
# instance as it was when handed to spawn or to the supervisor: later
# changes to the original are not seen, and what one run of the process
# changed in its instance is gone after a restart.
from rebeam import GenPy, Supervisor, start, receive, call, spawn, sleep, whereis, shutdown


class Box(GenPy):
    def __init__(self, name, items):
        self.name = name
        self.items = items

    @start
    def begin(self):
        self.items.append("started")
        self.state["starts"] = len(self.items)

    @receive("show")
    def show(self):
        return self.items, self.state

    @receive("grow")
    def grow(self, message):
        self.items.append(message)
        self.extra = message

    @receive("crash")
    def crash(self):
        raise RuntimeError("restart me")

    @receive("extra")
    def extra_(self):
        return getattr(self, "extra", "no extra")


items = ["a"]
box = Box("spawned", items)
spawn(box)
items.append("late")
box.name = "renamed"
print(call("spawned", "show"))
print(box.items, box.name)

sup_box = Box("supervised", ["s"])
Supervisor([sup_box])
sup_box.items.append("after the supervisor was built")


def driver():
    while whereis("supervised") is None:
        sleep(0.005)
    call("supervised", "grow", "x")
    print(call("supervised", "show"), call("supervised", "extra"))
    old = whereis("supervised")
    call("supervised", "crash")
    while whereis("supervised") in (None, old):
        sleep(0.005)
    print(call("supervised", "show"), call("supervised", "extra"))
    shutdown()


spawn(driver)
