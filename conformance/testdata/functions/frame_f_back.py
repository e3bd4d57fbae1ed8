import sys

def outer():
    return middle()

def middle():
    return inner()

def inner():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names

print(outer())
here = sys._getframe()
print(here.f_code.co_name, here.f_back)

def caller_name():
    return sys._getframe().f_back.f_code.co_name

def some_function():
    return caller_name()

print(some_function())

def gen():
    yield sys._getframe().f_back.f_code.co_name

def drive():
    return next(gen())

print(drive())
