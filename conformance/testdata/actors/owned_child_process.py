# A process owns the OS child processes it starts with subprocess, as a
# BEAM process owns its ports: when it crashes (or its supervisor kills
# it), each child it started and has not waited for is killed. A child
# that a process waited for is no longer its own, and a normal exit leaves
# running children alone (as CPython does at exit).
import os
import subprocess
import time
from rebeam import GenPy, receive, call, spawn, sleep, shutdown


class Runner(GenPy):
    @receive("start")
    def start_child(self):
        return subprocess.Popen(["sleep", "30"]).pid

    @receive("quick")
    def quick(self):
        return subprocess.run(["true"]).returncode

    @receive("boom")
    def boom(self):
        raise RuntimeError("boom")


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def gone_within(pid, seconds):
    # The wall clock, not a count of sleeps: a traced run's sleep is
    # virtual and takes no time, while the reaping of a killed child
    # happens outside the program, in real time.
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        sleep(0.01)
    return not alive(pid)


r = spawn(Runner())
status, pid = call(r, "start")
print(status, alive(pid))
print(call(r, "quick"))
print(call(r, "boom"))
print("child killed with its owner:", gone_within(pid, 5))


class Collector(GenPy):
    @receive("put")
    def put(self, message):
        self.state["pid"] = message

    @receive("get")
    def get(self):
        return self.state.get("pid")


def starter(collector):
    call(collector, "put", subprocess.Popen(["sleep", "30"]).pid)


# A normal exit leaves the child running.
c = spawn(Collector())
spawn(starter, c)
while (pid := call(c, "get")[1]) is None:
    sleep(0.01)
sleep(0.05)
print("alive after its owner returned:", alive(pid))
os.kill(pid, 9)
print("killed with os.kill:", gone_within(pid, 5))

# A child the owner waited for is no longer owned.
class Holder(GenPy):
    @receive("start")
    def start_child(self):
        self.state["p"] = subprocess.Popen(["sleep", "30"])
        return self.state["p"].pid

    @receive("kill")
    def kill(self):
        self.state["p"].kill()
        return self.state["p"].wait()


h = spawn(Holder())
status, pid = call(h, "start")
print(status, alive(pid))
print(call(h, "kill"))
print("killed by the program:", gone_within(pid, 5))
shutdown()
