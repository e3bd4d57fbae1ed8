import inspect


def show(records):
    for r in records:
        print(r.function, r.lineno, r.code_context, r.index, r.filename == __file__, r[3], len(r))


def inner():
    return inspect.stack()


def outer():
    return inner()


show(outer())
fi = inspect.getframeinfo(inspect.currentframe(), context=3)
print(fi.function, fi.lineno, fi.code_context, fi.index, len(fi), fi[1])
print(inspect.getframeinfo(inspect.currentframe(), context=0)[3:])
print(inspect.getlineno(inspect.currentframe()))
print(type(inspect.currentframe().f_back))


def fails():
    raise ValueError("x")


try:
    fails()
except ValueError as e:
    show(inspect.getinnerframes(e.__traceback__))
    show(inspect.trace())
print(inspect.trace())
try:
    inspect.getframeinfo(1)
except AttributeError as e:
    print(e)
print(inspect.getouterframes(inspect.currentframe())[0].positions.lineno)
