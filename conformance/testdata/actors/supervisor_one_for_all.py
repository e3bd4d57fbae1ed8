# ONE_FOR_ALL: one child's crash stops the others (in reverse start
# order) and restarts them all, in list order. A transient child that
# returns normally is not restarted; a function child is supervised too.
from rebeam import GenPy, start, receive, stop, call, spawn, sleep, whereis, shutdown, Supervisor, child, ONE_FOR_ALL


class Worker(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def start(self):
        print("start", self.name)
        self.state["calls"] = 0

    @receive("crash")
    def crash(self):
        raise RuntimeError("boom")

    @receive("count")
    def count(self):
        self.state["calls"] += 1
        return self.state["calls"]

    @stop
    def stop(self, reason):
        print("stop", self.name, reason)


def once():
    pass


def wait_new(name, old):
    while whereis(name) in (None, old):
        sleep(0.01)


def driver():
    wait_new("z", None)
    call("z", "count")
    print(call("x", "count"), call("x", "count"))
    old = whereis("z")
    result = call("y", "crash")
    wait_new("z", old)
    call("z", "count")
    print(result)
    print(call("x", "count"))
    shutdown()


Supervisor([Worker("x"), child(once, restart="transient"), Worker("y"), Worker("z")], strategy=ONE_FOR_ALL)
spawn(driver)
