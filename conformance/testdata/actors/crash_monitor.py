# A crashing handler: the caller gets ("error", "crashed: ..."), monitors
# get DOWN before that answer, later calls get "noproc", and unsendable
# values raise TypeError at the call site.
from rebeam import GenPy, receive, call, cast, spawn, monitor, shutdown


class Fragile(GenPy):
    @receive("crash")
    def crash(self, message):
        raise KeyError(message)

    @receive("echo")
    def echo(self, message):
        return message


class Watcher(GenPy):
    @receive("watch")
    def watch(self, message):
        monitor(message)
        return "watching"

    @receive("DOWN")
    def down(self, message, source):
        self.state.setdefault("downs", []).append((message["reason"], message["pid"] == source))

    @receive("downs")
    def downs(self):
        return self.state.get("downs", [])


f = spawn(Fragile())
w = spawn(Watcher())
print(call(w, "watch", f))
shared = [1, 2]
reply = call(f, "echo", {"a": shared, "b": shared})
print(reply, reply[1]["a"] is reply[1]["b"], reply[1]["a"] is shared)
print(call(f, "crash", "key"))
print(call(w, "downs"))
print(call(f, "echo", 1))
print(cast(f, "echo", 1))
print(call(w, "watch", f))
print(call(w, "downs"))
try:
    call(w, "watch", (x for x in range(3)))
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
shutdown()
