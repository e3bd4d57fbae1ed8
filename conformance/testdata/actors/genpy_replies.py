# A handler's return value is the reply: response_ok(value=None) replies
# ("ok", value), response_error(reason) replies ("error", reason), and
# any other value v, None and tuples included, replies ("ok", v).
from rebeam import GenPy, receive, call, spawn, shutdown, response_ok, response_error


class Replies(GenPy):
    @receive("ok_empty")
    def ok_empty(self):
        return response_ok()

    @receive("ok_value")
    def ok_value(self, message):
        return response_ok(value=message)

    @receive("error")
    def error(self, message):
        return response_error(message)

    @receive("error_value")
    def error_value(self):
        return response_error({"code": 404})

    @receive("none")
    def none(self):
        pass

    @receive("tuple")
    def tuple_(self):
        return ("error", "not an error")

    @receive("falsy")
    def falsy(self):
        return 0


p = spawn(Replies())
for subject in ["ok_empty", "ok_value", "error", "error_value", "none", "tuple", "falsy"]:
    print(subject, call(p, subject, subject.upper()))
status, value = call(p, "error", "why")
print(status, value)
shutdown()
