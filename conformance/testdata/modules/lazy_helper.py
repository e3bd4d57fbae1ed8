eager = "defined normally"
def __getattr__(name):
    if name == "forbidden":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return f"lazily made {name}"
def __dir__():
    return ["virtual_a", "virtual_b", "eager"]
