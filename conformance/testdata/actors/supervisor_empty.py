# A supervisor left with no live children exits normally (here every
# child is temporary and returns), and so does one built with no
# children at all: the run then ends with status 0 once the jobs return.
from rebeam import Supervisor, child, call, self_pid


def job(n):
    # Only one job prints: function children of two roots run at once.
    if n == 1:
        print("job", n)


Supervisor([])
Supervisor([child(lambda: job(1), restart="temporary")])
Supervisor([child(lambda: job(2), restart="transient")])
print("body done")
