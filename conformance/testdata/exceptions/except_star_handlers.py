# except*: handlers that raise, re-raise and split nested groups.
def run(title, excs, action):
    print("--", title)
    try:
        try:
            raise ExceptionGroup("top", excs)
        except* ValueError as g:
            print("  value handler got", [str(e) for e in g.exceptions])
            if action == "raise":
                raise KeyError("from value handler")
            if action == "reraise":
                raise
        except* TypeError as g:
            print("  type handler got", [str(e) for e in g.exceptions])
            if action == "raise-both":
                raise IndexError("from type handler")
    except BaseException as e:
        print("  escaped:", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("    sub", repr(sub), "context:", type(sub.__context__).__name__)
    else:
        print("  nothing escaped")

run("all handled", [ValueError("v1"), TypeError("t1")], None)
run("raise in handler", [ValueError("v1"), TypeError("t1")], "raise")
run("raise alone", [ValueError("v1")], "raise")
run("reraise keeps structure", [ValueError("v1"), OSError("o1"), ValueError("v2")], "reraise")
run("nested groups", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t2"), OSError("o2")])], "raise-both")
run("unhandled only", [OSError("o1")], None)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped:", repr(g))
        raise
try:
    naked()
except ExceptionGroup as e:
    print("naked re-raised as", repr(e))

try:
    raise BaseExceptionGroup("eg", [KeyboardInterrupt()])
except* KeyboardInterrupt as g:
    print("base group:", type(g).__name__)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.derive([KeyError(0)]))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        pass
    finally:
        print("finally runs")
    print("after")
except Exception as e:
    print("wrong", e)
