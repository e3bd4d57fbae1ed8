# Deleting attributes that cannot go: a missing one of a module, a builtin value's
# attributes (read-only methods, unwritable data), each worded as CPython does.
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: delattr(math, "nonexistent"))
t(lambda: delattr(1, "real"))
t(lambda: delattr(1, "zz"))
t(lambda: delattr([], "append"))
t(lambda: delattr("s", "upper"))
t(lambda: setattr(1, "real", 5))
t(lambda: setattr([], "append", 5))
t(lambda: setattr(1, "zz", 5))
math.tmp = 1
del math.tmp
t(lambda: math.tmp)
class C: pass
t(lambda: delattr(C(), "zz"))
t(lambda: delattr(C, "zz"))
