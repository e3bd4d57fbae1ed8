# Two processes that never suspend: a GenPy whose @stop loops and a
# function child that spins. Only SIGINT or SIGTERM stops the run:
# the busy @stop is killed after its shutdown timeout (virtual time).
from rebeam import GenPy, Supervisor, child, start, stop


class Busy(GenPy):
    def __init__(self):
        self.name = "busy"

    @start
    def begin(self):
        print("started", flush=True)

    @stop
    def stop(self, reason):
        print("stop", reason, flush=True)
        while True:
            pass


def spin():
    while True:
        pass


Supervisor([child(Busy(), shutdown=0.05), child(spin)])
