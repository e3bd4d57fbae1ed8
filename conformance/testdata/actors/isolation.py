# A message is isolated: the receiver's copy cannot be changed by the
# sender afterwards, nor the sender's object by the receiver. Shared
# references and cycles inside a message are kept in the copy. Immutable
# values (tuples of immutables, str, functions, classes, ProcessIDs) are
# passed by reference; mutable ones are copied.
from rebeam import GenPy, receive, call, cast, spawn, self_pid, shutdown


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Store(GenPy):
    @receive("keep")
    def keep(self, message):
        self.state["kept"] = message

    @receive("kept")
    def kept(self):
        return self.state["kept"]

    @receive("mutate")
    def mutate(self, message):
        message.append("changed by receiver")
        return len(message)

    @receive("echo")
    def echo(self, message):
        return message


s = spawn(Store())
data = {"list": [1, 2], "point": Point(1, 2)}
cast(s, "keep", data)
data["list"].append(3)
data["point"].x = 99
data["new"] = True
print(call(s, "kept"))

mine = ["mine"]
print(call(s, "mutate", mine), mine)

shared = [0]
cyclic = [shared, shared]
cyclic.append(cyclic)
back = call(s, "echo", cyclic)[1]
print(back[0] is back[1], back[2] is back, back is cyclic, back[0] is shared)
d = {}
d["self"] = d
back = call(s, "echo", d)[1]
print(back["self"] is back, back is d)
obj = Point(3, 4)
pair = [obj, obj]
back = call(s, "echo", pair)[1]
print(back, back[0] is back[1], back[0] is obj, type(back[0]) is Point)

t = (1, "two", (3.0, None), frozenset({4}))
pid = self_pid()
for value in [t, "text", len, Point, pid, print]:
    echoed = call(s, "echo", value)[1]
    print(type(value).__name__, echoed is value)
for value in [[1], {"a": 1}, {1, 2}, bytearray(b"x"), (1, [2])]:
    echoed = call(s, "echo", value)[1]
    print(type(value).__name__, echoed == value, echoed is value)
shutdown()
