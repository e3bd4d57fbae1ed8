# A script that builds no supervisor and spawns no process is an ordinary
# program: it ends when its body ends, with status 0, even after using
# the module's values.
import rebeam
from rebeam import response_ok, response_error, ONE_FOR_ONE, ONE_FOR_ALL, REST_FOR_ONE

API = ["GenPy", "start", "receive", "stop", "response_ok", "response_error", "call", "cast",
       "ProcessID", "self_pid", "whereis", "spawn", "monitor", "send_after", "cancel_timer",
       "sleep", "shutdown", "Supervisor", "child", "ONE_FOR_ONE", "ONE_FOR_ALL", "REST_FOR_ONE"]
print([n for n in API if not hasattr(rebeam, n)])
print(rebeam.self_pid() == rebeam.self_pid(), rebeam.whereis("nobody"))
print(ONE_FOR_ONE != ONE_FOR_ALL != REST_FOR_ONE != ONE_FOR_ONE)
print(type(response_ok(1)) is type(response_error("e")))
print("done")
