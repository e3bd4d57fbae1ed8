# A GenPy server called from the script body: replies, registration,
# handler parameters chosen by name, and the error reasons of call.
from rebeam import (GenPy, start, receive, stop, response_ok, response_error,
                    call, spawn, self_pid, whereis, shutdown, ProcessID)


class Counter(GenPy):
    def __init__(self, name=None, begin=0):
        self.name = name
        self.begin = begin

    @start()
    def start(self):
        print("start", self.name, self.pid == whereis(self.name))
        self.state["n"] = self.begin

    @receive("add")
    def add(self, message):
        self.state["n"] += message
        return response_ok(self.state["n"])

    @receive("plain")
    def plain(self):
        return ("ok", 1)

    @receive("who")
    def who(self, source):
        return source == whereis("main")

    @receive("all")
    def everything(self, **kwargs):
        return sorted(kwargs)

    @receive
    def other(self, subject, message):
        return response_error(f"unknown subject {subject} {message}")

    @stop
    def stop(self, reason):
        print("stopping", reason, self.state["n"])


counter = Counter("counter", 10)
pid = spawn(counter)
print(call(pid, "add", 5))
print(isinstance(pid, ProcessID), pid.node == self_pid().node, pid.id != self_pid().id)
print(call("counter", "add", 1))
print(call("counter", "plain"))
print(call("counter", "nope", 3))
print(call("counter", "all", 0)[1])
print(whereis("counter") == pid, whereis("nobody"))
print(call(self_pid(), "add"))
print(call("nobody", "add", 1))
print(counter.state, counter.pid)
shutdown()
