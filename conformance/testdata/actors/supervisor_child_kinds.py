# Every kind of child: a GenPy instance, another Supervisor, a module
# with main() (runs main()), a module without main() (re-runs its body),
# a function, a .py path defining one GenPy subclass (instantiated with
# no arguments) and a .py path without one (runs as a module). Finite
# children are transient, so the run ends once the servers stop.
import kinds_main_helper
import kinds_body_helper
from rebeam import GenPy, Supervisor, child, start, receive, call, spawn, sleep, whereis, shutdown


class Log(GenPy):
    def __init__(self):
        self.name = "log"

    @receive("add")
    def add(self, message):
        self.state.setdefault("items", []).append(message)

    @receive("items")
    def items(self):
        return self.state.get("items", [])


class Server(GenPy):
    def __init__(self, name):
        self.name = name

    @start
    def begin(self):
        call("log", "add", f"{self.name} @start")


def job(tag):
    call("log", "add", f"function {tag}")


def driver():
    while len(call("log", "items")[1]) < 7:
        sleep(0.005)
    for item in sorted(call("log", "items")[1], key=str):
        print(item)
    print(call("path_server", "hello", "driver"))
    shutdown()


spawn(Log())
Supervisor([
    Server("instance"),
    Supervisor([Server("nested")]),
    child(kinds_main_helper, restart="transient"),
    child(kinds_body_helper, restart="transient"),
    child(lambda: job("lambda"), restart="transient"),
    child(job, restart="temporary"),  # crashes: job() needs a tag
    "kinds_genpy_helper.py",
    child("kinds_script_helper.py", restart="transient"),
])
spawn(driver)
