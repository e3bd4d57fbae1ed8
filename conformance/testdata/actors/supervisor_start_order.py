# Children start one at a time, in list order: a GenPy child has run its
# @start before the next child starts, so a later child may call an
# earlier one by name from its own @start.
from rebeam import GenPy, Supervisor, start, receive, call, shutdown


class Config(GenPy):
    def __init__(self):
        self.name = "config"

    @start
    def begin(self):
        self.state["port"] = 8080

    @receive("port")
    def port(self):
        return self.state["port"]


class Server(GenPy):
    def __init__(self, name, after):
        self.name = name
        self.after = after

    @start
    def begin(self):
        print(self.name, "sees", [call(n, "port") for n in self.after])


def stopper():
    print("last child started")
    shutdown()


Supervisor([Config(), Server("web", ["config"]), Server("api", ["config", "web"]), stopper])
