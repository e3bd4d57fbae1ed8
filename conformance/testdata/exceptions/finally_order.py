def nested():
    try:
        try:
            print("inner try")
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError:
        print("outer except")
    finally:
        print("outer finally")
nested()
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen_cleanup()
for v in g:
    print("got", v)
    break
print("after break")
g.close()
print("after close")
def deep(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except RuntimeError as e:
    print("caught", e)
