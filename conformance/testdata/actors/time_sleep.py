# time.sleep, like rebeam.sleep, suspends only the calling process.
import time
from rebeam import GenPy, receive, call, cast, spawn, shutdown


class Counter(GenPy):
    @receive("inc")
    def inc(self):
        self.state["n"] = self.state.get("n", 0) + 1

    @receive("n")
    def n(self):
        return self.state.get("n", 0)


class Waiter(GenPy):
    def __init__(self, counter):
        self.counter = counter

    @receive("wait_for")
    def wait_for(self, message):
        while call(self.counter, "n")[1] < message:
            time.sleep(0.002)
        return "done"


counter = spawn(Counter())
waiter = spawn(Waiter(counter))
cast(waiter, "wait_for", 3)
for _ in range(3):
    time.sleep(0.001)
    cast(counter, "inc")
print(call(waiter, "wait_for", 3))
print(time.sleep(0))
shutdown()
