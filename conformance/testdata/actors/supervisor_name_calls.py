# A Supervisor with a name is registered under it while it runs. It
# serves no messages of its own: a call to it is answered
# ("error", "unhandled: SUBJECT") rather than left to time out.
from rebeam import GenPy, Supervisor, child, call, cast, whereis, shutdown


def probe():
    top = whereis("top")
    print(top is not None, top != whereis("inner"), whereis("inner") is not None)
    print(call("top", "which_children", timeout=1))
    print(cast("inner", "anything"))
    print(call("inner", "status", timeout=1))
    shutdown()


Supervisor([Supervisor([GenPy()], name="inner"), child(probe, restart="temporary")], name="top")
