# The decorators, bare or called; two handlers for one subject or two
# catch-alls raise TypeError when the class is defined; handlers of a base
# class are inherited and may be replaced.
from rebeam import GenPy, start, receive, call, spawn, shutdown


class Base(GenPy):
    @start
    def begin(self):
        self.state["log"] = ["started"]

    @receive("hello")
    def hello(self, message):
        return f"hello {message}"

    @receive("log")
    def log(self):
        return self.state["log"]


class Child(Base):
    @receive("hello")
    def hello2(self, subject, message):
        self.state["log"].append(subject)
        return f"hi {message}"

    @receive()
    def rest(self, **kwargs):
        return sorted(kwargs)


try:
    class Twice(GenPy):
        @receive("a")
        def a1(self):
            pass

        @receive("a")
        def a2(self):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    class TwoCatchAlls(GenPy):
        @receive
        def x(self):
            pass

        @receive()
        def y(self):
            pass
except TypeError as e:
    print("TypeError:", e)

b = spawn(Base())
c = spawn(Child())
print(call(b, "hello", "b"), call(b, "other"))
print(call(c, "hello", "c"), call(c, "other"), call(c, "log"))
shutdown()
