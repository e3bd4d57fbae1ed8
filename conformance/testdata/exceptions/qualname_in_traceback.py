# The last line of a traceback names the exception class by its qualified name
# (Outer.InnerError, f.<locals>.Local), its module left out for __main__.
import traceback
class Outer:
    class InnerError(Exception):
        pass
def f():
    class Local(Exception): pass
    raise Local("local")
try:
    f()
except Exception as e:
    print(traceback.format_exception_only(type(e), e))
try:
    raise Outer.InnerError("x")
except Exception as e:
    print(traceback.format_exception_only(type(e), e))
E = type("Renamed", (ValueError,), {})
E.__qualname__ = "Some.Qual"
try:
    raise E("q")
except Exception as e:
    print(traceback.format_exception_only(type(e), e))
raise Outer.InnerError("nested class")
