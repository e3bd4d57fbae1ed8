import sys
def fail():
    x = 1
    raise ValueError("here")
def outer():
    fail()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
print(sys.exc_info())
try:
    raise KeyError(1)
except KeyError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
e2 = ValueError("never raised")
print(e2.__traceback__)
e3 = ValueError("with_traceback")
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise e3.with_traceback(z.__traceback__)
except ValueError as v:
    t = v.__traceback__
    print(t.tb_lineno, t.tb_next.tb_lineno)
