def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise LookupError(f"missing {key}") from e
print("start")
lookup({"a": 1}, "b")
