# self.state is a new empty dict per instance and self.pid is None until
# the process starts; the pid is set before @start runs and is the
# process's own. The instance handed to spawn is not the one that runs.
from rebeam import GenPy, start, receive, call, spawn, self_pid, shutdown


class Keeper(GenPy):
    def __init__(self, tag):
        self.tag = tag

    @start
    def begin(self):
        self.state["seen_pid"] = self.pid == self_pid()
        self.state["tag"] = self.tag

    @receive("put")
    def put(self, message):
        key, value = message
        self.state[key] = value
        return sorted(self.state)

    @receive("me")
    def me(self):
        return self.pid == self_pid(), self.state["seen_pid"], self.state["tag"]


a, b = Keeper("a"), Keeper("b")
print(a.state, a.pid, a.state is not b.state)
pa = spawn(a)
pb = spawn(b)
print(call(pa, "put", ("x", 1)))
print(call(pb, "me"))
print(call(pa, "me"))
print(a.state, a.pid, b.state, b.pid)
print(pa != pb, pa != self_pid())
shutdown()
