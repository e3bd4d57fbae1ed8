# The script runs as `python run_main_argv.py ARGS` would: __name__ is
# "__main__", sys.argv holds the script and its arguments, and the
# script's folder comes first on sys.path, so a module beside it imports.
import sys
import greet_helper
from rebeam import self_pid, spawn, call, GenPy, receive, shutdown

print(__name__)
print(sys.argv)
print(sys.path[0] != "" and greet_helper.__file__.startswith(sys.path[0]))
print(greet_helper.greet("world"))


class Greeter(GenPy):
    @receive("greet")
    def greet(self, message):
        # A process sees the same modules and sys.argv as the body.
        return greet_helper.greet(message), sys.argv[1:], __name__


g = spawn(Greeter())
print(call(g, "greet", sys.argv[2]))
shutdown()
