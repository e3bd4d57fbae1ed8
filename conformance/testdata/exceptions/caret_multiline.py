# Carets under an expression that runs onto later lines mark its first line from
# where it starts to the line's end, without operator anchors.
import os
import traceback
def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(os.path.dirname(__file__) + os.sep, ""))
def kw(a, b): return a.upper() + b
show(lambda: kw(1,
                2))
def multi():
    return (1 +
            2 +
            None)
show(multi)
def multi2():
    x = [1, 2]
    return x[
        5
    ]
show(multi2)
def multi3():
    return kw(
        1, 2)
show(multi3)
def multi4():
    d = {}
    return d["a"
             "b"]
show(multi4)
def multi5():
    return int(
        "x")
show(multi5)
def multi6():
    v = None
    return v.attr \
        .more
show(multi6)
