# A module child without main(): the process re-runs the module's body.
from rebeam import call, self_pid

call("log", "add", ("kinds_body_helper body", __name__))
