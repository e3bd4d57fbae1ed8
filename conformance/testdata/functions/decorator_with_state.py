def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@counted
def greet(name):
    """Say hello."""
    return f"hello {name}"
greet("a"); greet("b")
print(greet.calls, greet.__name__, greet.__doc__)
def validate(**checks):
    def deco(fn):
        def wrapper(**kwargs):
            for key, check in checks.items():
                if not check(kwargs.get(key)):
                    raise ValueError(f"invalid {key}: {kwargs.get(key)!r}")
            return fn(**kwargs)
        return wrapper
    return deco
@validate(age=lambda v: isinstance(v, int) and v >= 0, name=bool)
def register(**kwargs):
    return "registered " + kwargs["name"]
print(register(name="ann", age=3))
for bad in [dict(name="", age=1), dict(name="x", age=-1)]:
    try:
        register(**bad)
    except ValueError as e:
        print("ValueError:", e)
class method_logger:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        def bound(*args):
            print(f"calling {self.fn.__name__} on {type(obj).__name__}")
            return self.fn(obj, *args)
        return bound
class Service:
    @method_logger
    def run(self, x):
        return x * 2
print(Service().run(21))
