# Handlers get keyword arguments chosen by their parameter names among
# source, subject and message; **kwargs receives all three (those not
# named by a parameter); other parameters keep their defaults.
from rebeam import GenPy, receive, call, cast, spawn, self_pid, shutdown


class Shapes(GenPy):
    @receive("none")
    def none(self):
        return "no arguments"

    @receive("msg")
    def msg(self, message):
        return message

    @receive("order")
    def order(self, subject, source, message):
        return subject, source == self_pid_of_body, message

    @receive("kwonly")
    def kwonly(self, *, message, subject):
        return f"{subject}={message}"

    @receive("defaults")
    def defaults(self, message, extra=7):
        return message + extra

    @receive("kwargs")
    def kwargs(self, **kw):
        return sorted(kw), kw["subject"], kw["message"]

    @receive("mixed")
    def mixed(self, message, **rest):
        return message, sorted(rest)

    @receive("cast")
    def from_cast(self, source, message):
        self.state["cast"] = (source == self_pid_of_body, message)

    @receive("last")
    def last(self):
        return self.state["cast"]


self_pid_of_body = self_pid()
p = spawn(Shapes())
print(call(p, "none", "ignored"))
print(call(p, "msg", [1, 2]))
print(call(p, "order", "m"))
print(call(p, "kwonly", 3))
print(call(p, "defaults", 1))
print(call(p, "kwargs", "k"))
print(call(p, "mixed", "m"))
print(cast(p, "cast", {"x": 1}))
print(call(p, "last"))
shutdown()
