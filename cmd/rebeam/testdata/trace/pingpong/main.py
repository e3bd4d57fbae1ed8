# Two GenPy processes under a supervisor: ping calls pong three times,
# then shuts the run down.
from rebeam import GenPy, Supervisor, call, cast, receive, response_ok, shutdown, start


class Pong(GenPy):
    def __init__(self):
        self.name = "pong"

    @start()
    def start(self):
        self.state["count"] = 0

    @receive("ping")
    def ping(self, message):
        self.state["count"] += 1
        return response_ok(("pong", message))


class Ping(GenPy):
    def __init__(self, rounds=3):
        self.name = "ping"
        self.rounds = rounds

    @start()
    def start(self):
        self.state["sent"] = 0
        cast("ping", "go")

    @receive("go")
    def go(self):
        while self.state["sent"] < self.rounds:
            status, reply = call("pong", "ping", self.state["sent"])
            print(status, reply)
            self.state["sent"] += 1
        shutdown()


Supervisor([Pong(), Ping()])
