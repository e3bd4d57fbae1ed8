# CPython 3.11 adds "Did you mean" only when it prints an uncaught exception;
# the traceback module's formatting leaves it out.
import math
import traceback


def last(f):
    try:
        f()
    except BaseException as e:
        print(traceback.format_exception_only(type(e), e)[-1].rstrip())
        print("  format_exc:", traceback.format_exc().splitlines()[-1])
        print("  str:", str(e))


number_of_items = 3
last(lambda: number_of_itemz)
last(lambda: lenn([]))
last(lambda: math.sqr(2))
last(lambda: "abc".uper())


class Point:
    def __init__(self):
        self.xcoord = 1


last(lambda: Point().xcord)
print(Point().xcord)
