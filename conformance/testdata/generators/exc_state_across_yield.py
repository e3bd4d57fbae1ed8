# The exception being handled is saved and restored across a yield.
import sys

def name():
    exc = sys.exc_info()[1]
    return None if exc is None else repr(exc)

def gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in handler: " + name()
        yield "still in handler: " + name()
        try:
            raise
        except KeyError as e:
            yield "bare raise re-raised " + repr(e)
    yield "after handler: " + str(name())

g = gen()
print(next(g))
print("caller:", name())
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
    print("caller again:", name())
print(next(g))
try:
    raise TypeError("second caller")
except TypeError:
    print(next(g))

def chain():
    try:
        raise OSError("first")
    except OSError:
        yield
        try:
            raise RuntimeError("second")
        except RuntimeError as e:
            yield repr(e.__context__)

c = chain()
next(c)
try:
    raise LookupError("outer")
except LookupError:
    print("context:", next(c))

def throw_target():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e), "exc_info:", name())

t = throw_target()
next(t)
t.throw(ValueError("thrown"))
print("after throw:", name())
t.close()
print("closed")
