# A GenPy subclass may be a dataclass: the generated __init__ sets the
# fields, GenPy still gives the instance its state and pid, and a name
# field registers the process.
from dataclasses import dataclass, field
from rebeam import GenPy, start, receive, call, spawn, whereis, shutdown


@dataclass
class Cache(GenPy):
    name: str
    size: int = 2
    seed: list = field(default_factory=list)

    @start
    def begin(self):
        for k, v in self.seed:
            self.state[k] = v

    @receive("put")
    def put(self, message):
        key, value = message
        self.state[key] = value
        while len(self.state) > self.size:
            del self.state[next(iter(self.state))]
        return list(self.state)

    @receive("get")
    def get(self, message):
        return self.state.get(message)


c = Cache("cache", seed=[("a", 1)])
print(c, c.state, c.pid)
pid = spawn(c)
print(whereis("cache") == pid)
print(call("cache", "put", ("b", 2)))
print(call("cache", "put", ("c", 3)))
print(call("cache", "get", "a"), call("cache", "get", "c"))
print(c == Cache("cache", 2, [("a", 1)]))
shutdown()
