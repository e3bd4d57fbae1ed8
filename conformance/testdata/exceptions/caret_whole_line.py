# Carets under a failing expression that is the whole line: drawn when an
# operator or subscript in it is marked, left out otherwise.
import os
import traceback


def show():
    text = traceback.format_exc().replace(os.path.dirname(__file__) + os.sep, "")
    print("\n".join(text.splitlines()[1:]))


x = [1]
d = {}
try:
    x[5]
except IndexError:
    show()
try:
    x  +  "a"
except TypeError:
    show()
try:
    {}["missing"]
except KeyError:
    show()
try:
    d["a"]["b"]
except KeyError:
    show()
try:
    x[0](1)
except TypeError:
    show()
try:
    len(5)
except TypeError:
    show()
try:
    y = x[7]
except IndexError:
    show()
