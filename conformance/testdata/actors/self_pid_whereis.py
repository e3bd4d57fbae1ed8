# self_pid() is the current process in the body, in a function process
# and in a GenPy; whereis(name) is the registered ProcessID or None.
from rebeam import GenPy, start, receive, call, cast, spawn, self_pid, whereis, shutdown


class Who(GenPy):
    def __init__(self, name):
        self.name = name

    @receive("who")
    def who(self, source):
        return self_pid() == self.pid, whereis(self.name) == self_pid(), source

    @receive("note")
    def note(self, message):
        self.state["pid"] = message

    @receive("noted")
    def noted(self):
        return self.state.get("pid")


def fn(target):
    cast(target, "note", self_pid())


body = self_pid()
w = spawn(Who("who"))
print(call("who", "who") == ("ok", (True, True, body)))
p = spawn(fn, w)
while call(w, "noted") == ("ok", None):
    pass
print(call(w, "noted")[1] == p, p != body)
print(whereis("who") == w, whereis("nobody"), whereis(""))
print(body == self_pid())
shutdown()
