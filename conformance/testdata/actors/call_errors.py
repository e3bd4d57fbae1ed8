# call never raises for a failed call: it returns ("error", reason) with
# reason "noproc", "timeout", "calling self", "unhandled: SUBJECT", the
# handler's own response_error reason, or "crashed: ExcType: text". A
# reply that comes after the timeout is dropped: the next call gets its
# own reply.
from rebeam import GenPy, receive, call, spawn, self_pid, sleep, shutdown, response_error


class Server(GenPy):
    @receive("slow")
    def slow(self, message):
        sleep(message)
        return "slow done"

    @receive("fast")
    def fast(self, message):
        return ("fast", message)

    @receive("me")
    def me(self):
        return call(self.pid, "fast", 1)

    @receive("refuse")
    def refuse(self):
        return response_error("refused")

    @receive("boom")
    def boom(self):
        raise OSError("disk on fire")


def gone():
    pass


s = spawn(Server())
dead = spawn(gone)
while call(dead, "x", timeout=0.01) != ("error", "noproc"):
    pass
print("noproc", call(dead, "fast"), call("no such name", "fast"))
print("timeout", call(s, "slow", 0.2, timeout=0.01))
print("late reply dropped", call(s, "fast", 2))
print("timeout 0", call(s, "slow", 0.05, timeout=0))
print("negative timeout", call(s, "fast", 3, timeout=-1))
print("no timeout", call(s, "slow", 0.01, timeout=None))
print("calling self", call(self_pid(), "fast"), call(s, "me"))
print("unhandled", call(s, "nothing"))
print("own reason", call(s, "refuse"))
print("crashed", call(s, "boom"))
print("after", call(s, "fast"))
for bad in [("subject", 1), ("timeout", "x")]:
    try:
        if bad[0] == "subject":
            call(s, 1)
        else:
            call(s, "fast", timeout="x")
    except TypeError as e:
        print(bad[0], "TypeError")
shutdown()
