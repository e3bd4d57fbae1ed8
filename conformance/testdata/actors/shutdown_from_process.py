# shutdown(status) from a handler stops every process: supervision trees
# in order (children in reverse start order, each @stop run with reason
# "shutdown"), unsupervised GenPy processes too, and the run exits with
# that status. Nothing after shutdown() runs in a function process.
from rebeam import GenPy, Supervisor, start, receive, stop, call, spawn, sleep, whereis, shutdown


class Node(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def begin(self):
        print("start", self.name)

    @receive("quit")
    def quit(self, message):
        print("quit asked by", self.name)
        shutdown(message)
        return "handler finished"

    @stop
    def stop(self, reason):
        # The unsupervised process stops alongside the tree, in no order
        # with it, so it does not print.
        if self.name != "solo":
            print("stop", self.name, reason)


def driver():
    while whereis("d") is None:
        sleep(0.005)
    call("d", "ping")  # unhandled, but answered after d's @start
    call("solo", "ping")
    call("a", "quit", 3)
    while True:
        sleep(1)


spawn(Node("solo"))
Supervisor([Node("a"), Supervisor([Node("b"), Node("c")]), Node("d")])
spawn(driver)
