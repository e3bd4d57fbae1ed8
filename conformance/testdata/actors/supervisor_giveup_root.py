# A nested supervisor giving up is a crash for its parent; a parent
# that may not restart it (max_restarts=0) gives up in turn, stopping its
# other children in reverse order, and the root giving up ends the run
# with status 1.
from rebeam import GenPy, Supervisor, start, receive, stop, call, spawn, sleep, whereis


class Worker(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def begin(self):
        print("start", self.name)

    @receive("crash")
    def crash(self):
        raise RuntimeError("no")

    @stop
    def stop(self, reason):
        print("stop", self.name, reason)


def driver():
    while whereis("after") is None:
        sleep(0.005)
    call("leaf", "crash")
    while True:
        sleep(1)


Supervisor([Worker("before"), Supervisor([Worker("leaf")], max_restarts=0), Worker("after")], max_restarts=0)
spawn(driver)
