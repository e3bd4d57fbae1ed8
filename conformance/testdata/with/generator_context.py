class contextmanager_like:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return _GenCM(self.fn(*args))
class _GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
        return False
@contextmanager_like
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("content", t)
with tag("div"):
    raise ValueError("inside div")
print("after div")
try:
    with tag("span"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped:", e)
