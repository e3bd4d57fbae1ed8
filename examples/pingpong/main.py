"""Ping-pong: call, cast, and the replies that casts get back.

call waits for the handler's return value. cast never waits; when it
names a sender_pid, the handler's return value comes back to that
process as a message with the same subject, which lets two servers
rally a ball without either one waiting for the other.
"""
from rebeam import GenPy, start, receive, call, cast, spawn, sleep, shutdown


class Pong(GenPy):
    def __init__(self):
        self.name = "pong"

    @start
    def start(self):
        self.state["hits"] = 0

    @receive("ping")
    def ping(self, message):
        self.state["hits"] += 1
        return f"pong {message}"

    @receive("ball")
    def ball(self, message):
        # Cast with sender_pid=ping: this value goes back to ping.
        self.state["hits"] += 1
        return message - 1

    @receive("hits")
    def hits(self):
        return self.state["hits"]


class Ping(GenPy):
    def __init__(self):
        self.name = "ping"

    @start
    def start(self):
        self.state["rally"] = []

    @receive("serve")
    def serve(self, message):
        cast("pong", "ball", message, sender_pid=self.pid)
        return "served"

    @receive("ball")
    def ball(self, message, source):
        # pong's reply to the cast: same subject, source is pong. What
        # this handler returns goes nowhere, so it casts the ball back.
        self.state["rally"].append(message)
        if message > 0:
            cast(source, "ball", message - 1, sender_pid=self.pid)

    @receive("rally")
    def rally(self):
        return self.state["rally"]


spawn(Pong())  # spawn returns once @start has run: "pong" is registered
spawn(Ping())

print("call:", call("pong", "ping", 1))
print("cast:", cast("pong", "ping", 2))  # no sender_pid: the reply is dropped
# Messages from one sender arrive in order, so the cast above has been
# handled when this call is answered.
print("hits:", call("pong", "hits"))

print("serve:", call("ping", "serve", 5))
while len(call("ping", "rally")[1]) < 3:  # the rally goes on without us
    sleep(0.01)
print("rally:", call("ping", "rally"))
print("hits:", call("pong", "hits"))

print("call nobody:", call("nobody", "ping"))
print("cast nobody:", cast("nobody", "ping"))
shutdown()
