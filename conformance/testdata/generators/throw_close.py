def worker():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                print("handled inside:", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.throw(ValueError("oops")))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("closed generators stop")
def fragile():
    yield 1
g = fragile()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated:", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to close"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
unstarted = worker()
unstarted.close()
print("closing an unstarted generator runs no finally")
def gen_exit():
    try:
        yield
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
ge = gen_exit()
next(ge)
ge.close()
