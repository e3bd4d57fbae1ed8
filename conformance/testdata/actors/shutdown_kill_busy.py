# shutdown() stops children in reverse start order, waiting for each
# @stop up to the child's shutdown seconds: a child still busy after that
# is killed (even in a loop that never suspends) and the stop goes on
# with the next child. A function child is stopped at once.
from rebeam import GenPy, Supervisor, child, start, receive, stop, call, spawn, sleep, whereis, shutdown


class Node(GenPy):
    def __init__(self, name, busy=False):
        self.name = name
        self.busy = busy

    @start
    def begin(self):
        print("start", self.name)

    @stop
    def stop(self, reason):
        print("stop", self.name, reason)
        n = 0
        while self.busy:
            n += 1
        print("stopped", self.name)


def spinner():
    while True:
        pass


def driver():
    while whereis("last") is None:
        sleep(0.005)
    shutdown()


Supervisor([Node("first"), child(Node("busy", busy=True), shutdown=0.1), child(spinner), Node("last")])
spawn(driver)
