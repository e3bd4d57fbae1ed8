# A value that cannot be sent (a generator, an open file, anything
# holding one) raises TypeError at the call, cast, send_after or spawn,
# and nothing is sent.
from rebeam import GenPy, receive, call, cast, spawn, send_after, shutdown


class Counter(GenPy):
    @receive()
    def count(self, subject):
        if subject == "count":
            return self.state.get("n", 0)
        self.state["n"] = self.state.get("n", 0) + 1


def gen():
    yield 1


class Holder:
    def __init__(self, thing):
        self.thing = thing


def work(x):
    pass


c = spawn(Counter())
f = open(__file__)
attempts = [
    ("call generator", lambda: call(c, "x", gen())),
    ("cast generator", lambda: cast(c, "x", gen())),
    ("call list with generator", lambda: call(c, "x", [1, 2, gen()])),
    ("cast dict with file", lambda: cast(c, "x", {"f": f})),
    ("cast object with file", lambda: cast(c, "x", Holder(f))),
    ("send_after generator", lambda: send_after(0, c, "x", gen())),
    ("spawn with generator", lambda: spawn(work, gen())),
    ("spawn with file kwarg", lambda: spawn(work, x=f)),
]
for label, attempt in attempts:
    try:
        attempt()
        print(label, "sent")
    except TypeError as e:
        print(label, "TypeError")
f.close()
print(call(c, "count"))
try:
    call(c, "x", gen())
except TypeError as e:
    print(str(e).split(":")[0])
shutdown()
