# ProcessID: hashable, comparable (in spawn order), printable, sendable,
# with .node and .id; it cannot be changed.
from rebeam import GenPy, receive, call, spawn, self_pid, shutdown, ProcessID


class Echo(GenPy):
    @receive("echo")
    def echo(self, message):
        return message


me = self_pid()
a = spawn(Echo())
b = spawn(Echo())
print(repr(me), str(me) == repr(me))
print(me.node, type(me.id).__name__, me.id < a.id < b.id)
print(a == a, a == b, a != b, a == call(b, "echo", a)[1])
print(sorted([b, me, a]) == [me, a, b], min(a, b) == a, a < b, b >= a)
print(len({a, b, call(b, "echo", a)[1]}), {a: "a"}[call(a, "echo", a)[1]])
print(hash(a) == hash(call(b, "echo", a)[1]), isinstance(a, ProcessID))
print(call(a, "echo", {"pids": [a, b]})[1] == {"pids": [a, b]})
print(a == 1, a != "a")
try:
    a < 1
except TypeError:
    print("TypeError ordering with an int")
try:
    a.id = 5
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
print(a.id == a.id and a.node == "local")
shutdown()
