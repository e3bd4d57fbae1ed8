# Four workers call one counter at once, sleeping between calls; a
# send_after timer and a monitored crash add the other kinds of events.
# Untraced, the order of the workers' calls varies from run to run.
from rebeam import GenPy, call, monitor, receive, send_after, shutdown, sleep, spawn, start


def crasher():
    sleep(0.002)
    raise ValueError("boom")


class Counter(GenPy):
    @start()
    def start(self):
        self.state["by"] = []
        monitor(spawn(crasher))

    @receive("add")
    def add(self, message):
        self.state["by"].append(message)
        return len(self.state["by"])

    @receive("tick")
    def tick(self, message):
        print("tick", message)

    @receive()
    def other(self, subject, message):
        print("counter got", subject, message["reason"])


def worker(counter, k):
    for i in range(3):
        call(counter, "add", k)
        sleep(0.001 * (k + 1))


counter = spawn(Counter())
for k in range(4):
    spawn(worker, counter, k)
send_after(0.003, counter, "tick", "once")
sleep(0.05)
status, n = call(counter, "add", "main")
print("main", status, n)
shutdown()
