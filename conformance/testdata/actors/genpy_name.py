# A GenPy whose self.name is a str when it starts is registered under
# that name before @start runs, for as long as it lives; a name already
# taken makes the start fail (a crash); a name that is not a str
# registers nothing. The name is free again once its process has exited.
from rebeam import GenPy, start, receive, call, spawn, whereis, monitor, shutdown


class Named(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def begin(self):
        self.state["registered"] = whereis(self.name) == self.pid if isinstance(self.name, str) else None

    @receive("info")
    def info(self):
        return self.name, self.state["registered"]

    @receive("crash")
    def crash(self):
        raise RuntimeError("down")


class Watcher(GenPy):
    @receive("watch")
    def watch(self, message):
        monitor(message)

    @receive("DOWN")
    def down(self, message):
        self.state.setdefault("reasons", []).append(message["reason"])

    @receive("reasons")
    def reasons(self):
        return self.state.get("reasons", [])


first = spawn(Named("db"))
print(call("db", "info"), whereis("db") == first)
second = spawn(Named("db"))
w = spawn(Watcher())
call(w, "watch", second)
print(second != first, call(second, "info"), call(w, "reasons"))
print(call("db", "crash"))
print(whereis("db"))
third = spawn(Named("db"))
print(whereis("db") == third, call("db", "info"))
anon = spawn(Named(None))
print(call(anon, "info"))
num = spawn(Named(42))
print(call(num, "info"))
shutdown()
