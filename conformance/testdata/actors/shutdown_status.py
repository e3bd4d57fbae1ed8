# shutdown(status) from the body: supervisors built before it never
# start, nothing after the call runs, and the run exits with that status.
from rebeam import Supervisor, GenPy, start, shutdown


class Worker(GenPy):
    @start
    def begin(self):
        print("started")


Supervisor([Worker()])
print("body")
shutdown(4)
print("not reached")
