# Mistakes in a supervisor's configuration are reported where it is
# built: an unknown strategy or restart type is a ValueError, a child that
# no process can run a TypeError.
from rebeam import GenPy, Supervisor, child


class Worker(GenPy):
    pass


attempts = [
    ("strategy", lambda: Supervisor([Worker()], strategy="one_for_some")),
    ("restart", lambda: child(Worker(), restart="sometimes")),
    ("number child", lambda: Supervisor([42])),
    ("str child", lambda: child("not a path")),
    ("fine", lambda: child(Worker(), restart="transient", shutdown=0.5)),
]
for label, make in attempts:
    try:
        make()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__)
