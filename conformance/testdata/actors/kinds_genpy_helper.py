# A .py path defining exactly one GenPy subclass: it is instantiated with
# no arguments and supervised.
from rebeam import GenPy, start, receive, call


class PathServer(GenPy):
    def __init__(self):
        self.name = "path_server"

    @start
    def begin(self):
        call("log", "add", "PathServer @start")

    @receive("hello")
    def hello(self, message):
        return f"hello {message} from {type(self).__name__}"
