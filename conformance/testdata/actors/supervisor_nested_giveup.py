# A nested supervisor whose restart intensity is exceeded stops its
# children and exits with reason "shutdown"; its own supervisor sees
# that as a crash of that child and restarts it (a fresh start of the
# whole subtree), while the parent's other children live on.
from rebeam import GenPy, Supervisor, start, receive, stop, call, spawn, sleep, whereis, monitor, shutdown


class Worker(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def begin(self):
        print("start", self.name)

    @receive("ping")
    def ping(self):
        return "pong"

    @receive("crash")
    def crash(self):
        raise RuntimeError("again")

    @stop
    def stop(self, reason):
        print("stop", self.name, reason)


class Watcher(GenPy):
    @receive("watch")
    def watch(self, message):
        monitor(message)

    @receive("DOWN")
    def down(self, message):
        self.state["reason"] = message["reason"]

    @receive("reason")
    def reason(self):
        return self.state.get("reason")


def crash_fresh(name):
    while whereis(name) is None:
        sleep(0.005)
    old = whereis(name)
    call(name, "crash")
    return old


def driver():
    while whereis("leaf") is None:
        sleep(0.005)
    steady = whereis("steady")
    w = spawn(Watcher())
    call(w, "watch", whereis("inner"))
    old = crash_fresh("leaf")        # restart 1 of 1: allowed
    while whereis("leaf") in (None, old):
        sleep(0.005)
    crash_fresh("leaf")              # restart 2 of 1: the inner one gives up
    while call(w, "reason") == ("ok", None):
        sleep(0.005)
    while whereis("leaf") is None:
        sleep(0.005)
    call("leaf", "ping")             # answered after its @start has run
    print("inner exited:", call(w, "reason")[1])
    print("steady untouched:", whereis("steady") == steady)
    shutdown()


Supervisor([Worker("steady"), Supervisor([Worker("leaf")], max_restarts=1, max_seconds=60, name="inner")])
spawn(driver)
