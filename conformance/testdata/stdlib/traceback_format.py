import sys
import traceback


def inner(x):
    return 10 / x


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"), end="")
    info = sys.exc_info()
    lines = traceback.format_exception(*info)
    print(len(lines) >= 3, lines[0], end="")
    print(traceback.format_exception_only(info[0], info[1]))
    for fs in traceback.extract_tb(info[2]):
        print(fs.lineno, fs.name, fs.line, fs.filename == __file__)
    print([entry.count("\n") >= 2 for entry in traceback.format_tb(info[2])])
    stack = traceback.extract_tb(info[2])
    print(stack[-1].name, list(stack[0])[1:])

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    out = "".join(traceback.format_exception(e))
    print(out.replace(__file__, "FILE"), end="")
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e, chain=False)).count("Traceback"))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)).replace(__file__, "FILE"), end="")


class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

try:
    raise RuntimeError("printed")
except RuntimeError:
    o = Out()
    traceback.print_exc(file=o)
    print("".join(o.parts).splitlines()[-1])
    o2 = Out()
    traceback.print_exception(*sys.exc_info(), file=o2)
    print("".join(o2.parts) == "".join(o.parts))
print(traceback.format_exception_only(KeyError("x")), traceback.format_exception_only(ValueError, None))
te = traceback.TracebackException.from_exception(ValueError("te"))
print(list(te.format_exception_only()), str(te))
for frame, lineno in traceback.walk_tb(None):
    print(frame)
