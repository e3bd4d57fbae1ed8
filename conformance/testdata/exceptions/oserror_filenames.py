# str() and args of OSError made with a filename and a filename2, and
# one whose filename has a __repr__ written in Python.
import os
e = OSError(2, "No such file", "a", None, "b")
print(e)
e = OSError(2, "x", None, None, "b")
print(e)
try:
    os.rename("/nonexistent/a", "/nonexistent/b")
except OSError as e:
    print(e)
class P:
    def __repr__(self): return "P()"
print(FileNotFoundError(2, "gone", P()))
print(OSError(1, 2))
e=OSError(1,2,3,4,5,6); print(e.errno, e.args, str(e))
e=OSError(1,2,3,4,5); print(e.errno, e.filename, e.filename2, e.args, str(e), repr(e))
e=OSError(1,2,3,4); print(e.filename2, e.args)
print(repr(FileNotFoundError(2, "gone", P())))
class MyErr(OSError):
    pass
m = MyErr(2, "x", "f")
print(m.args, m.filename, str(m))
