# Between one sender and one receiver, messages arrive in the order they
# were sent, casts and calls alike.
# Messages of different senders interleave in any order, so each sender's
# sequence is checked on its own.
from rebeam import GenPy, receive, call, cast, spawn, send_after, sleep, shutdown


class Recorder(GenPy):
    @receive()
    def record(self, subject, message, source):
        if subject == "dump":
            return self.state
        self.state.setdefault(message[0], []).append(message[1])


def sender(rec, tag, n):
    for i in range(n):
        if i % 10 == 9:
            call(rec, "x", (tag, i))
        else:
            cast(rec, "x", (tag, i))


rec = spawn(Recorder())
for tag in "abc":
    spawn(sender, rec, tag, 200)
for i in range(50):
    cast(rec, "x", ("body", i))
while len(call(rec, "dump")[1]) < 4 or any(len(v) < 200 for k, v in call(rec, "dump")[1].items() if k != "body"):
    sleep(0.005)
state = call(rec, "dump")[1]
for tag in sorted(state):
    print(tag, len(state[tag]), state[tag] == sorted(state[tag]))
shutdown()
