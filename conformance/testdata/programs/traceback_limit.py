import traceback, sys
def a(): b()
def b(): c()
def c(): raise ValueError("x")
try:
    a()
except ValueError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=2)))
    print("".join(traceback.format_exception(e, limit=-1)))
    print(len(traceback.extract_tb(e.__traceback__, limit=1)), len(traceback.format_tb(e.__traceback__, 2)))
    traceback.print_exception(e, limit=1, file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
