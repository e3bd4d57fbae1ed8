# Restart intensity: a permanent child that crashes more than max_restarts
# times within max_seconds makes the root supervisor stop its children
# and give up, which ends the run with status 1. A temporary child is
# never restarted; a transient one only after a crash.
from rebeam import GenPy, start, receive, stop, call, spawn, sleep, whereis, Supervisor, child, ONE_FOR_ONE


class Worker(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def start(self):
        print("start", self.name)

    @receive("crash")
    def crash(self):
        raise ValueError(self.name)

    @receive("ping")
    def ping(self):
        return "pong"

    @stop
    def stop(self, reason):
        print("stop", self.name, reason)


def wait_new(name, old):
    while whereis(name) in (None, old):
        sleep(0.01)


def driver():
    wait_new("perm", None)
    call("perm", "ping")  # every child has run @start
    print(call("temp", "crash"))
    for i in range(2):
        wait_new("perm", None)
        old = whereis("perm")
        result = call("perm", "crash")
        wait_new("perm", old)
        call("perm", "ping")  # the restarted child has run @start
        print(result)
    call("perm", "crash")  # the third restart in a minute is one too many
    while True:
        sleep(1)


Supervisor([child(Worker("other")), child(Worker("temp"), restart="temporary"), Worker("perm")],
           strategy=ONE_FOR_ONE, max_restarts=2, max_seconds=60)
spawn(driver)
