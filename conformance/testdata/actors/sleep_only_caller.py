# rebeam.sleep suspends only the calling process: a GenPy sleeping in a
# handler until another process has made progress finishes only because
# the others kept running, whether it sleeps in a handler, a nested
# function or the body. sleep(0) yields; a negative or non-number length
# is an error.
from rebeam import GenPy, receive, call, cast, spawn, sleep, shutdown
import rebeam


class Counter(GenPy):
    @receive("inc")
    def inc(self):
        self.state["n"] = self.state.get("n", 0) + 1
        return self.state["n"]

    @receive("n")
    def n(self):
        return self.state.get("n", 0)


class Waiter(GenPy):
    def __init__(self, counter):
        self.counter = counter

    @receive("wait_for")
    def wait_for(self, message):
        def nap():
            rebeam.sleep(0.002)
        while call(self.counter, "n")[1] < message:
            nap()
        self.state["done"] = message

    @receive("done")
    def done(self):
        return self.state.get("done")


counter = spawn(Counter())
waiter = spawn(Waiter(counter))
cast(waiter, "wait_for", 3)
for _ in range(3):
    sleep(0.001)
    call(counter, "inc")
print(call(waiter, "done"))
print(sleep(0), sleep(0.0))
for bad in [-1, "1"]:
    try:
        sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
shutdown()
