# How an exception group is drawn: members with their own chains and notes,
# nested groups with and without tracebacks, and the width limit of 15.
import os
import traceback


def show(exc):
    # the file is named by its base name, wherever the test runs
    print("".join(traceback.format_exception(exc)).replace(os.path.dirname(__file__) + os.sep, ""))


def chained_member():
    try:
        raise KeyError("inner cause")
    except KeyError as k:
        try:
            raise ValueError("v") from k
        except ValueError as v:
            return v


def raiser():
    raise ExceptionGroup("nested", [ZeroDivisionError("z")])


v = chained_member()
v.add_note("sub note\nsecond line")
t = TypeError("t")
t.__context__ = OSError("ctx")
try:
    raiser()
except ExceptionGroup as ng:
    nested = ng
plain = ExceptionGroup("plain", [ExceptionGroup("deeper", [KeyError("k")]), NameError("n")])
eg = ExceptionGroup("top", [v, t, nested, plain] + [IndexError(i) for i in range(14)])
eg.add_note("group note")
try:
    raise eg
except ExceptionGroup as e:
    show(e)
    print(traceback.format_exception_only(e))

small = ExceptionGroup("small", [ValueError(1)])
show(small)
deep = KeyError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
show(deep)
raise ExceptionGroup("uncaught", [ValueError("last")])
