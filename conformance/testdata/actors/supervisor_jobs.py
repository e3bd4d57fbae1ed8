# A supervisor of finite jobs: a module child runs the module's main(),
# a transient function that returns is not restarted, and once no child is
# left the supervisor exits normally, which ends the run.
import jobs_helper
from rebeam import Supervisor, child


def quiet():
    total = 0
    for i in range(1000):
        total += i


Supervisor([child(jobs_helper, restart="transient"), child(quiet, restart="transient"), child(quiet, restart="temporary")])
print("body done")
