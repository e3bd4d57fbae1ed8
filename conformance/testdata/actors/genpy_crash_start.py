# An exception in @start crashes the process. spawn returns once @start
# has run or crashed, so the process is already gone; under a supervisor
# a failed @start counts as a crash and is restarted like one.
from rebeam import GenPy, Supervisor, start, receive, stop, call, spawn, monitor, sleep, shutdown, whereis


class Tries(GenPy):
    def __init__(self):
        self.name = "tries"

    @receive("next")
    def next(self):
        self.state["n"] = self.state.get("n", 0) + 1
        return self.state["n"]


class Flaky(GenPy):
    def __init__(self, fail_times):
        self.name = "flaky"
        self.fail_times = fail_times

    @start
    def begin(self):
        n = call("tries", "next")[1]
        print("start attempt", n)
        if n <= self.fail_times:
            raise ConnectionError(f"attempt {n} failed")
        self.state["attempt"] = n

    @receive("attempt")
    def attempt(self):
        return self.state["attempt"]


class Broken(GenPy):
    @start
    def begin(self):
        raise ValueError("cannot start")


class Watcher(GenPy):
    @receive("watch")
    def watch(self, message):
        monitor(message)

    @receive("DOWN")
    def down(self, message):
        self.state["reason"] = message["reason"]

    @receive("reason")
    def reason(self):
        return self.state.get("reason")


spawn(Tries())
b = spawn(Broken())
print(call(b, "anything"))
w = spawn(Watcher())
call(w, "watch", b)
print(call(w, "reason"))


def driver():
    # "flaky" is registered before its @start runs, so a call may reach
    # an attempt whose @start then fails: ask until one has started.
    while (answer := call("flaky", "attempt"))[0] != "ok":
        sleep(0.005)
    print(answer)
    shutdown()


Supervisor([Flaky(2)], max_restarts=3)
spawn(driver)
