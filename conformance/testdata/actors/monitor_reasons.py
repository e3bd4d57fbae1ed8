# monitor(target): when the target exits the caller gets a "DOWN" message
# {"pid": pid, "reason": reason}, reason "normal" (a function returned),
# "shutdown" (stopped by its supervisor), "noproc" (the target was gone
# already, or the name is not registered: the "pid" is then the name) or
# "crashed: ExcType: text". A supervisor's
# child that outlives its stop timeout is killed: "killed".
from rebeam import (GenPy, Supervisor, child, start, receive, stop, call, spawn, monitor,
                    sleep, whereis, shutdown, ONE_FOR_ALL)


class Watcher(GenPy):
    def __init__(self):
        self.name = "watcher"

    @receive("watch")
    def watch(self, message):
        tag, target = message
        self.state.setdefault("tags", {})[target] = tag
        monitor(target)

    @receive("DOWN")
    def down(self, message, source):
        tag = self.state["tags"].get(message["pid"], message["pid"])
        self.state.setdefault("downs", []).append((tag, message["reason"], source == message["pid"]))

    @receive("downs")
    def downs(self):
        return self.state.get("downs", [])

    @receive("watching")
    def watching(self, message):
        return message in self.state.get("tags", {}).values()


class Worker(GenPy):
    def __init__(self, name, stubborn=False):
        self.name = name
        self.stubborn = stubborn

    @receive("crash")
    def crash(self):
        raise LookupError("lost")

    @stop
    def stop(self):
        while self.stubborn:
            pass


def quick():
    # Returns only once the watcher monitors it, so the reason is
    # "normal" whatever the timing.
    while not call("watcher", "watching", "quick")[1]:
        sleep(0.001)


def wait_downs(n):
    while len(call("watcher", "downs")[1]) < n:
        sleep(0.005)
    return call("watcher", "downs")[1]


w = spawn(Watcher())
q = spawn(quick)
call(w, "watch", ("quick", q))
print(wait_downs(1)[-1])
call(w, "watch", ("quick again", q))
print(wait_downs(2)[-1])
call(w, "watch", ("nobody", "nobody"))
print(wait_downs(3)[-1])


def driver():
    while whereis("c") is None:
        sleep(0.005)
    for name in "abc":
        call("watcher", "watch", (name, whereis(name)))
    call("c", "crash")
    for item in wait_downs(6)[3:]:
        print(item)
    shutdown()


Supervisor([Worker("a"), child(Worker("b", stubborn=True), shutdown=0.05), Worker("c")],
           strategy=ONE_FOR_ALL)
spawn(driver)
