"""GenPyOne: a server process that greets whoever calls it."""
from rebeam import GenPy, start, receive, stop, response_ok, response_error


class GenPyOne(GenPy):
    def __init__(self, name=None):
        self.name = name  # a str name registers the process under it

    @start()
    def start(self):
        # Runs once in the new process, before any message.
        self.state["greeted"] = []
        print(f"{self.name}: started")

    @receive("hello")
    def hello(self, message):
        self.state["greeted"].append(message)
        return response_ok(f"hello, {message}!")

    @receive("greeted")
    def greeted(self):
        return self.state["greeted"]  # the caller gets a copy

    @receive()
    def other(self, subject):
        return response_error(f"unknown subject {subject}")

    @stop()
    def stop(self, reason):
        print(f"{self.name}: stopping ({reason}), greeted {len(self.state['greeted'])}")
