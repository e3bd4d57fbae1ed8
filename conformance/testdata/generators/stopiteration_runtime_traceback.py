# StopIteration escaping a generator or coroutine becomes RuntimeError, raised where
# it was resumed: its traceback starts at the caller, the StopIteration's in the frame.
import os
import traceback


def show():
    print(traceback.format_exc().replace(os.path.dirname(__file__) + os.sep, ""))


def g():
    yield 1
    raise StopIteration("x")
def call():
    return list(g())
try:
    call()
except RuntimeError:
    show()
async def co():
    raise StopIteration
c = co()
try:
    c.send(None)
except RuntimeError:
    show()
def g2():
    yield next(iter([]))
try:
    for x in g2(): pass
except RuntimeError as e:
    show()
    print(repr(e.__cause__))
