# send_after(delay, target, subject, message=None) sends the message
# after delay seconds (the source is the process that set the timer) and
# returns a timer; cancel_timer(timer) cancels it and tells whether the
# message was still pending. A name is resolved when the timer fires.
from rebeam import GenPy, receive, call, spawn, send_after, cancel_timer, sleep, self_pid, shutdown


class Inbox(GenPy):
    def __init__(self, name):
        self.name = name

    @receive()
    def any(self, subject, message, source):
        if subject == "got":
            return self.state.get("got", [])
        self.state.setdefault("got", []).append((subject, message, source == body))


def wait_for(name, n):
    while len(call(name, "got")[1]) < n:
        sleep(0.005)
    return call(name, "got")[1]


body = self_pid()
box = spawn(Inbox("box"))
t1 = send_after(0.01, box, "tick", {"n": 1})
print(wait_for("box", 1))
print(cancel_timer(t1))
t2 = send_after(10, box, "never")
print(cancel_timer(t2), cancel_timer(t2))
send_after(0, "box", "zero")
print(wait_for("box", 2)[-1])
send_after(0.3, "later", "late bound")
spawn(Inbox("later"))
print(wait_for("later", 1))
send_after(0, "nobody", "lost")
t3 = send_after(0.01, box, "after cancel")
cancel_timer(t3)
sleep(0.05)
print(call(box, "got")[1][-1])
for bad in [lambda: send_after("x", box, "s"), lambda: send_after(1, box, 2), lambda: cancel_timer(3)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
shutdown()
