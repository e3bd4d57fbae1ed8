cases = [ValueError(), ValueError("x"), ValueError("x", 1), KeyError("k"), KeyError(0), IndexError(5),
         OSError(2, "No such file"), StopIteration(7), SystemExit(3), AssertionError(),
         UnicodeError("u"), ZeroDivisionError("division by zero"), ExceptionGroup("g", [ValueError(1)])]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code, OSError(2, "msg").errno, OSError(2, "msg").strerror)
fnf = FileNotFoundError(2, "No such file or directory", "x.txt")
print(fnf, fnf.filename, type(OSError(2, "m")).__name__)
ae = AttributeError("attr", name="foo", obj=5)
print(ae.name, ae.obj, ae)
ne = NameError("n", name="bar")
print(ne.name)
ie = ImportError("imp", name="mod")
print(ie.name, ie.path, ie)
