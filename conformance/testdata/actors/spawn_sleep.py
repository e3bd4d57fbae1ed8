# Function processes, sleep, send_after/cancel_timer and cast with
# sender_pid, ordered by calls so that the output does not depend on
# timing.
from rebeam import GenPy, receive, call, cast, spawn, sleep, send_after, cancel_timer, monitor, shutdown


class Log(GenPy):
    @receive("add")
    def add(self, message, source):
        self.state.setdefault("items", []).append(message)

    @receive("double")
    def double(self, message):
        self.state.setdefault("items", []).append(("double", message))
        return message * 2

    @receive("items")
    def items(self):
        return self.state.get("items", [])

    @receive("DOWN")
    def down(self, message):
        self.state.setdefault("items", []).append(("DOWN", message["reason"]))


def worker(log, n, tag="w"):
    sleep(0.01)
    cast(log, "add", (tag, n))


log = spawn(Log())
call(log, "items")
p = spawn(worker, log, 1, tag="first")
cast(log, "add", "before")
sleep(0.2)
print(call(log, "items"))
print(call(p, "anything"))
t1 = send_after(0.05, log, "add", "timer")
t2 = send_after(30, log, "add", "never")
print(cancel_timer(t2), cancel_timer(t2))
sleep(0.2)
print(cancel_timer(t1))
print(call(log, "items")[1][-1])
other = spawn(Log())
print(cast(log, "double", 21, sender_pid=other))
sleep(0.1)
print(call(other, "items"))
sleep(0)
shutdown()
