# A GenPy handles one message at a time: a handler that suspends (in
# sleep or in a call of its own) is not interleaved with another handler
# of the same process, though several clients call it at once.
from rebeam import GenPy, receive, call, spawn, sleep, shutdown


class Other(GenPy):
    @receive("echo")
    def echo(self, message):
        return message


class Account(GenPy):
    def __init__(self, other):
        self.other = other

    @receive("deposit")
    def deposit(self, message):
        log = self.state.setdefault("log", [])
        log.append("enter")
        balance = self.state.get("balance", 0)
        sleep(0.001)                           # suspends this handler only
        balance += call(self.other, "echo", message)[1]
        self.state["balance"] = balance        # read-modify-write, unlocked
        log.append("exit")
        return balance

    @receive("report")
    def report(self):
        log = self.state["log"]
        pairs = all(log[i:i + 2] == ["enter", "exit"] for i in range(0, len(log), 2))
        return self.state["balance"], len(log), pairs


def client(account, n, done):
    for _ in range(n):
        call(account, "deposit", 1)
    call(done, "echo", None)


class Done(GenPy):
    @receive("echo")
    def echo(self):
        self.state["n"] = self.state.get("n", 0) + 1

    @receive("count")
    def count(self):
        return self.state.get("n", 0)


account = spawn(Account(spawn(Other())))
done = spawn(Done())
for _ in range(4):
    spawn(client, account, 10, done)
while call(done, "count")[1] < 4:
    sleep(0.005)
print(call(account, "report"))
shutdown()
