def inner(d):
    return d["key"]

def outer():
    try:
        inner({})
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

def main():
    outer()

main()
