# Root supervisors start one after another, and shutdown() stops them
# one after another, newest first, each once the one started after it
# has stopped all its children: the trees stop in reverse start order as
# the children of one supervisor do.
from rebeam import GenPy, Supervisor, child, start, stop, shutdown


class Node(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def begin(self):
        print("start", self.name)

    @stop
    def stop(self, reason):
        print("stop", self.name, reason)


def driver():
    shutdown()


Supervisor([Node("a1"), Node("a2")])
Supervisor([Node("b1"), Supervisor([Node("b2"), Node("b3")])])
Supervisor([Node("c1"), Node("c2")])
Supervisor([child(driver, restart="temporary")])
