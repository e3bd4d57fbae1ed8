"""A pipeline: a chain of worker processes passing work along with casts.

parse -> square -> total. Each stage casts what it made to the next
one and goes on with its own mailbox, so the stages work at the same
time. Casts from one sender arrive in the order sent, so a "flush" call
sent down the chain after the items reaches each stage after all of
them: when it comes back, every item has gone all the way through.
"""
from rebeam import GenPy, Supervisor, child, start, receive, call, cast, shutdown, REST_FOR_ONE


class Stage(GenPy):
    """A stage applies work() to each item and casts the result on."""

    def __init__(self, name, next_stage):
        self.name = name
        self.next_stage = next_stage

    @start
    def start(self):
        self.state["handled"] = 0

    @receive("item")
    def item(self, message):
        self.state["handled"] += 1
        result = self.work(message)
        if result is not None:
            cast(self.next_stage, "item", result)

    @receive("flush")
    def flush(self, message):
        # Every item cast on before this call is ahead of it downstream.
        downstream = call(self.next_stage, "flush", message)[1]
        return [(self.name, self.state["handled"]), *downstream]

    def work(self, item):
        raise NotImplementedError


class Parse(Stage):
    def work(self, item):
        text = item.strip()
        if not text.lstrip("-").isdigit():
            return None  # drop what is not a number
        return int(text)


class Square(Stage):
    def work(self, item):
        return item * item


class Total(GenPy):
    """The end of the line: keeps a running total."""

    def __init__(self, name):
        self.name = name

    @start
    def start(self):
        self.state["total"] = 0
        self.state["count"] = 0

    @receive("item")
    def item(self, message):
        self.state["total"] += message
        self.state["count"] += 1

    @receive("flush")
    def flush(self, message):
        return [(self.name, self.state["count"]), ("sum", self.state["total"])]


def feeder():
    lines = [" 1", "2 ", "three", "4", "-5", ""] + [str(n) for n in range(6, 101)]
    for line in lines:
        cast("parse", "item", line)
    for name, value in call("parse", "flush", None)[1]:
        print(f"{name:>6}: {value}")
    print(" check:", sum(int(line) ** 2 for line in lines if line.strip().lstrip("-").isdigit()))
    shutdown()


# The last stage starts first, so that each stage's next one is there;
# REST_FOR_ONE restarts the stages upstream of one that crashes.
Supervisor([
    Total("total"),
    Square("square", "total"),
    Parse("parse", "square"),
    child(feeder, restart="temporary"),
], strategy=REST_FOR_ONE)
