def run(excs):
    try:
        raise ExceptionGroup("group", excs)
    except* ValueError as g:
        print("ValueErrors:", [str(e) for e in g.exceptions])
    except* TypeError as g:
        print("TypeErrors:", [str(e) for e in g.exceptions])
run([ValueError("a"), TypeError("b"), ValueError("c")])
run([TypeError("only")])
try:
    run([KeyError("unhandled"), ValueError("handled")])
except ExceptionGroup as rest:
    print("escaped:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))
try:
    try:
        raise ExceptionGroup("eg", [OSError("o"), ValueError("v")])
    except* OSError:
        raise RuntimeError("replacement")
except* RuntimeError as g:
    print("new:", repr(g.exceptions[0]), "context:", type(g.exceptions[0].__context__).__name__)
except* ValueError as g:
    print("left:", repr(g))
try:
    raise ExceptionGroup("x", [ValueError(1)])
except* (ValueError, TypeError) as g:
    print("tuple of types", type(g).__name__)
else:
    print("no else")
finally:
    print("finally")
