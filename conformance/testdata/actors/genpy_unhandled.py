# A message with no matching handler and no catch-all is answered
# ("error", "unhandled: SUBJECT") and logged as a warning (on stderr);
# the process lives on. A cast of such a message is accepted (True).
from rebeam import GenPy, receive, call, cast, spawn, shutdown


class Narrow(GenPy):
    @receive("known")
    def known(self):
        self.state["n"] = self.state.get("n", 0) + 1
        return self.state["n"]


p = spawn(Narrow())
print(call(p, "known"))
print(call(p, "unknown", 1))
print(call(p, "Known"))
print(cast(p, "also unknown"))
print(call(p, "known"))
print(call(p, ""))
shutdown()
