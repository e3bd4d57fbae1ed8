class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            self.caught = exc
            return True
        return None
with Suppress(KeyError, IndexError) as s:
    {}["missing"]
print("continued; caught:", repr(s.caught))
with Suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("escaped", e)
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        return "non-empty string is truthy"
with Truthy():
    raise RuntimeError("swallowed")
print("swallowed by truthy return")
