# A .py path with no GenPy subclass runs as a module in its process.
from rebeam import GenPy, call


class NotAServer:
    pass


call("log", "add", ("kinds_script_helper ran", __name__))
