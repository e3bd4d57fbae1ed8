class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        print("body ran")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", e.__context__)
try:
    with BadExit():
        raise ValueError("body failed")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
class Counting:
    exits = 0
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        Counting.exits += 1
def gen():
    with Counting():
        yield 1
        yield 2
g = gen()
next(g)
g.close()
print("exits after close:", Counting.exits)
