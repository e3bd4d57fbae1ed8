"""Supervision: crashes, restarts, the three strategies, restart intensity.

Four supervision trees start one after another when the body ends. The
driver, the last tree's only child, starts after every worker has run
@start; it crashes one worker of each tree and shows what the
supervisor did. Each worker prints when it starts and when it is
stopped in order; a crashed worker is not stopped, it is dead. The
crash reports go to stderr.
"""
from rebeam import (GenPy, Supervisor, child, start, receive, stop, call, sleep, whereis,
                    shutdown, ONE_FOR_ONE, ONE_FOR_ALL, REST_FOR_ONE)


class Worker(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def start(self):
        print("  start", self.name)

    @receive("ping")
    def ping(self):
        return "pong"

    @receive("crash")
    def crash(self):
        raise RuntimeError(f"{self.name} was told to crash")

    @stop
    def stop(self, reason):
        print("  stop", self.name, reason)


def crash(name, *later):
    """Crashes a worker; returns the crashed call's answer once the
    worker's successor, and those of the workers restarted after it,
    have run @start."""
    print("crash", name)
    old = whereis(name)
    answer = call(name, "crash")
    while whereis(name) in (None, old):
        sleep(0.005)
    for n in (name, *later):
        while whereis(n) is None:
            sleep(0.005)
        call(n, "ping")  # answered after the new process's @start
    return answer


def driver():
    print("one_for_one: only the crashed child restarts")
    print("the call got", crash("one.b"))
    print("one_for_all: the others stop, then all restart")
    crash("all.b", "all.c")
    print("rest_for_one: the children after it stop, then it and they restart")
    crash("rest.b", "rest.c")

    print("intensity: at most 2 restarts in 60 seconds")
    crash("flaky")
    crash("flaky")
    # The third crash is one too many: the "fragile" supervisor stops its
    # other children and exits; its parent sees a crashed child and
    # restarts it: a fresh buddy and flaky, a fresh restart count.
    crash("flaky")
    print("shutdown: the trees stop newest first, children in reverse order")
    shutdown()


Supervisor([Worker("one.a"), Worker("one.b"), Worker("one.c")], strategy=ONE_FOR_ONE)
Supervisor([Worker("all.a"), Worker("all.b"), Worker("all.c")], strategy=ONE_FOR_ALL)
Supervisor([Worker("rest.a"), Worker("rest.b"), Worker("rest.c")], strategy=REST_FOR_ONE)
Supervisor([
    Worker("steady"),
    Supervisor([Worker("buddy"), Worker("flaky")], max_restarts=2, max_seconds=60, name="fragile"),
])
Supervisor([child(driver, restart="temporary")])
print("body done: the supervisors start now")
