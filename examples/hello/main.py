"""rebeam's hello world: a supervisor of a server and a module child.

The body is the configuration phase: it builds the supervision tree and
returns. Then rebeam starts the supervisor, which starts its children in
order: the GenPyOne server (registered as "one"), then the greeter
module, whose main() talks to the server and shuts the program down.
"""
from rebeam import Supervisor, child

import genpy_one  # genpy_one.py, beside this file
import greeter    # greeter.py, beside this file

Supervisor(modules=[
    genpy_one.GenPyOne(name="one"),
    # A module child runs the module's main(). It returns when it is
    # done, so it is transient: restarted only if it crashes.
    child(greeter, restart="transient"),
])
print("configured: the supervisor starts when the body ends")
