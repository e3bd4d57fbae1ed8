# Nested calls (rebeam.call from a sort key and from map, Python called
# back from Go), two levels of supervisors, timers, sleeps and a crash
# that the supervisor restarts: under trace, every run gives the same
# events.
from rebeam import (GenPy, Supervisor, call, cast, child, receive,
                    send_after, shutdown, sleep, start)


class Store(GenPy):
    def __init__(self):
        self.name = "store"

    @start()
    def start(self):
        self.state["items"] = {}

    @receive("put")
    def put(self, message):
        key, value = message
        self.state["items"][key] = value
        return len(self.state["items"])

    @receive("get")
    def get(self, message):
        sleep(0.001)
        return self.state["items"].get(message)


class Ranker(GenPy):
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    @receive("rank")
    def rank(self, message):
        # A call inside a sort key: the worker blocks in Go.
        keys = sorted(message, key=lambda k: call("store", "get", k)[1] * self.weight)
        return keys

    @receive("boom")
    def boom(self, message):
        raise RuntimeError(message)

    @receive("slow")
    def slow(self, message):
        # Sleeps inside a sort key; shutdown kills it there.
        return sorted(message, key=lambda k: sleep(0.2) or k)


class Driver(GenPy):
    def __init__(self):
        self.name = "driver"

    @start()
    def start(self):
        self.state["round"] = 0
        send_after(0.01, self.pid, "tick")

    @receive("tick")
    def tick(self):
        r = self.state["round"]
        self.state["round"] += 1
        if r == 0:
            for i, k in enumerate("cab"):
                call("store", "put", (k, i))
            a = call("up", "rank", ["a", "b", "c"])
            b = call("down", "rank", ["a", "b", "c"])
            print("ranked", a, b)
            # Nested calls from two processes at once.
            cast("up", "rank", ["c", "a"], sender_pid=self.pid)
            cast("down", "rank", ["b", "a"], sender_pid=self.pid)
            lens = list(map(lambda k: call("store", "get", k), "abc"))
            print("got", lens)
            send_after(0.005, self.pid, "tick")
        elif r == 1:
            print("boom", call("up", "boom", "bad"))
            sleep(0.002)
            print("after restart", call("up", "rank", ["b", "a"]))
            send_after(0.005, self.pid, "tick")
        else:
            cast("down", "slow", list(range(10)))
            sleep(0.3)
            shutdown()

    @receive("rank")
    def ranked(self, message, source):
        print("cast reply", message)


rankers = Supervisor([Ranker("up", 1), child(Ranker("down", -1), shutdown=0.5)], name="rankers")
Supervisor([Store(), rankers, Driver()])
