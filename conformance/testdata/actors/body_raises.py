# An exception escaping the script body ends the run with status 1 and
# CPython's traceback on stderr; supervisors built before it never start
# and spawned processes are stopped.
from rebeam import GenPy, Supervisor, start, receive, call, spawn


class Worker(GenPy):
    @start
    def begin(self):
        print("worker started")

    @receive("get")
    def get(self):
        return {"port": "eighty"}


Supervisor([Worker()])
w = spawn(Worker())
config = call(w, "get")[1]
print("config", config)
port = int(config["port"])
print("not reached")
