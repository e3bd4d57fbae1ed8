# REST_FOR_ONE: a crash of the middle child stops the children started
# after it (in reverse order) and restarts it and them; shutdown() then
# stops the whole tree, children in reverse start order.
from rebeam import GenPy, start, receive, stop, call, spawn, sleep, whereis, shutdown, Supervisor, REST_FOR_ONE


class Worker(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def start(self):
        print("start", self.name)

    @receive("crash")
    def crash(self):
        raise RuntimeError("boom")

    @receive("ping")
    def ping(self):
        return "pong " + self.name

    @stop
    def stop(self, reason):
        print("stop", self.name, reason)


def wait_new(name, old):
    while whereis(name) in (None, old):
        sleep(0.01)


def driver():
    wait_new("c", None)
    call("c", "ping")
    old_a, old_c = whereis("a"), whereis("c")
    result = call("b", "crash")
    wait_new("c", old_c)
    call("c", "ping")
    print(result)
    print(whereis("a") == old_a, call("b", "ping"), call("c", "ping"))
    shutdown()


Supervisor([Worker("a"), Worker("b"), Worker("c")], strategy=REST_FOR_ONE)
spawn(driver)
print("body done")
