import traceback, sys
# Paths are printed relative to this folder so that the output does not
# depend on where the corpus is checked out.
import os
here = os.path.dirname(os.path.abspath(__file__)) + os.sep
def a(): b()
def b(): c()
def c(): raise ValueError("x")
try:
    a()
except ValueError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=2)).replace(here, ""))
    print("".join(traceback.format_exception(e, limit=-1)).replace(here, ""))
    print(len(traceback.extract_tb(e.__traceback__, limit=1)), len(traceback.format_tb(e.__traceback__, 2)))
    import io
    for show in (lambda f: traceback.print_exception(e, limit=1, file=f), lambda f: traceback.print_exc(limit=1, file=f)):
        buf = io.StringIO()
        show(buf)
        print(buf.getvalue().replace(here, ""), end="")
