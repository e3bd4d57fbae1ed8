# cast never waits: it returns True when the target was alive and the
# message is in its mailbox, False otherwise. When the handler returns a
# value other than None and sender_pid names a live GenPy, the value goes
# to sender_pid as a message with the same subject and source = the
# replying process (a response_ok/response_error as its (status, value)
# tuple); the return value of the handler of that reply is ignored.
from rebeam import GenPy, receive, call, cast, spawn, sleep, self_pid, shutdown, response_ok, response_error


class Pinger(GenPy):
    @receive("ping")
    def ping(self, message):
        return f"pong {message}"

    @receive("quiet")
    def quiet(self):
        return None

    @receive("wrapped")
    def wrapped(self, message):
        return response_ok(message) if message else response_error("no")


class Inbox(GenPy):
    def __init__(self, pinger):
        self.pinger = pinger

    @receive()
    def any(self, subject, message, source):
        self.state.setdefault("got", []).append((subject, message, source == self.pinger))
        return "this return value goes nowhere"

    @receive("got")
    def got(self):
        return self.state.get("got", [])


def gone():
    pass


p = spawn(Pinger())
inbox = spawn(Inbox(p))
print(cast(p, "ping", 1, sender_pid=inbox))
print(cast(p, "quiet", sender_pid=inbox))
print(cast(p, "wrapped", "yes", sender_pid=inbox))
print(cast(p, "wrapped", "", sender_pid=inbox))
print(cast(p, "ping", 2))
call(p, "ping", 0)   # every cast above has been handled
while len(call(inbox, "got")[1]) < 3:
    sleep(0.001)
for item in call(inbox, "got")[1]:
    print(item)
d = spawn(gone)
while cast(d, "ping"):
    sleep(0.001)
print(cast(d, "ping"), cast("nobody", "ping"))
print(cast(p, "ping", 3, sender_pid=d))
print(call(p, "ping", 4))
shutdown()
