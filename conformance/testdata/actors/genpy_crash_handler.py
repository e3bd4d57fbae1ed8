# An exception in a handler crashes the process: the caller gets
# ("error", "crashed: ExcType: text") ("crashed: ExcType" when the text is
# empty), calls queued behind it get "noproc", and so does every later
# call; a crash report goes to stderr. Other processes live on.
from rebeam import GenPy, receive, call, cast, spawn, sleep, monitor, shutdown


class MyError(Exception):
    pass


class Fragile(GenPy):
    @receive("div")
    def div(self, message):
        return 1 / message

    @receive("bare")
    def bare(self):
        raise RuntimeError

    @receive("custom")
    def custom(self, message):
        raise MyError(f"bad {message}")

    @receive("nested")
    def nested(self, message):
        def inner(d):
            return d["missing"]
        return inner(message)

    @receive("slow")
    def slow(self, message):
        cast(message, "put", "slow started")
        sleep(0.05)
        raise ValueError("slow crash")


class Collector(GenPy):
    @receive("put")
    def put(self, message):
        self.state.setdefault("items", []).append(message)

    @receive("items")
    def items(self):
        return self.state.get("items", [])


for subject, message in [("div", 2), ("div", 0), ("bare", None), ("custom", 7), ("nested", {})]:
    p = spawn(Fragile())
    first = call(p, subject, message)
    print(subject, first, call(p, "div", 1))

# Calls queued behind a crashing one get noproc.
collect = spawn(Collector())


def caller(p, subject):
    cast(collect, "put", (subject, call(p, subject, collect)))


p = spawn(Fragile())
spawn(caller, p, "slow")
while call(collect, "items") == ("ok", []):
    sleep(0.001)
print(call(p, "div", 1))  # queued while "slow" runs
while len(call(collect, "items")[1]) < 2:
    sleep(0.001)
print(call(collect, "items"))
print(cast(p, "div", 1))
shutdown()
