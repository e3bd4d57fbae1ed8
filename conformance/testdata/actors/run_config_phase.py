# The body is the configuration phase: supervisors built there start only
# when it has finished, the roots in the order they were built; a
# supervisor given as a child of another is not a root and starts as that
# child. Processes spawned by the body run at once and can be called.
from rebeam import GenPy, Supervisor, child, start, receive, call, spawn, whereis, shutdown


class Log(GenPy):
    def __init__(self):
        self.name = "log"

    @receive("add")
    def add(self, message):
        self.state.setdefault("items", []).append(message)
        return len(self.state["items"])


class Worker(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def begin(self):
        print("start", self.name, call("log", "add", self.name))


spawn(Log())
print("logged", call("log", "add", "body"))
inner = Supervisor([Worker("inner")])
second = Supervisor([Worker("second-a"), inner, Worker("second-b")])
first = Supervisor([Worker("first")])


def stopper():
    print("last root", call("log", "add", "stopper"))
    shutdown()


Supervisor([child(stopper, restart="temporary")])
print("built", whereis("first"), whereis("second-a"))
print("body ends")
