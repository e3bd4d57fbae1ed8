# ONE_FOR_ONE restarts only the child that exited; its siblings keep
# their processes and their state.
from rebeam import GenPy, Supervisor, start, receive, call, spawn, sleep, whereis, shutdown, ONE_FOR_ONE


class Worker(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def begin(self):
        print("start", self.name)

    @receive("inc")
    def inc(self):
        self.state["n"] = self.state.get("n", 0) + 1
        return self.state["n"]

    @receive("crash")
    def crash(self):
        raise RuntimeError(self.name)


def driver():
    while whereis("c") is None:
        sleep(0.005)
    before = {n: whereis(n) for n in "abc"}
    for n in "abc":
        call(n, "inc")
    result = call("b", "crash")
    while whereis("b") in (None, before["b"]):
        sleep(0.005)
    call("b", "inc")  # answered after the new b's @start has run
    print(result)
    print([whereis(n) == before[n] for n in "abc"])
    print([call(n, "inc")[1] for n in "abc"])
    shutdown()


Supervisor([Worker("a"), Worker("b"), Worker("c")], strategy=ONE_FOR_ONE)
spawn(driver)
