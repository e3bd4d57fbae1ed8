class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start")
        return self
    def __exit__(self, *a):
        print("  " * Timer.depth + "stop")
        Timer.depth -= 1
def work(n):
    with Timer():
        if n > 0:
            work(n - 1)
work(2)
def yields_inside():
    with Timer():
        yield 1
        yield 2
for v in yields_inside():
    print("value", v)
def raises_inside():
    with Timer():
        raise LookupError("inside")
try:
    raises_inside()
except LookupError as e:
    print("caught", e)
class Attr:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
