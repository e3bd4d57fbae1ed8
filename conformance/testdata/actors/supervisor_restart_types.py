# restart: "permanent" restarts after any exit, "transient" only after a
# crash, "temporary" never. Function children show it: each run counts
# itself, then returns normally or crashes as its first runs are told.
from rebeam import GenPy, Supervisor, child, receive, call, spawn, sleep, whereis, shutdown


class Tally(GenPy):
    def __init__(self):
        self.name = "tally"

    @receive("run")
    def run(self, message):
        runs = self.state.setdefault(message, 0) + 1
        self.state[message] = runs
        return runs

    @receive("runs")
    def runs(self):
        return dict(sorted(self.state.items()))


def job(tag, plan):
    n = call("tally", "run", tag)[1]
    what = plan[n - 1] if n <= len(plan) else "hang"
    if what == "crash":
        raise RuntimeError(f"{tag} run {n}")
    while what == "hang":
        sleep(1)


def driver():
    want = {"perm": 3, "trans": 3, "temp": 1, "temp-crash": 1, "trans-normal": 1}
    while call("tally", "runs")[1] != want:
        sleep(0.005)
    print(call("tally", "runs"))
    shutdown()


spawn(Tally())
Supervisor([
    child(lambda: job("perm", ["normal", "crash"]), restart="permanent"),
    child(lambda: job("trans", ["crash", "crash"]), restart="transient"),
    child(lambda: job("trans-normal", ["normal"]), restart="transient"),
    child(lambda: job("temp", ["normal"]), restart="temporary"),
    child(lambda: job("temp-crash", ["crash"]), restart="temporary"),
], max_restarts=10)
spawn(driver)
