def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 / 0
    return "ok"
for kind in ["value", "type", "key", "zero", "none"]:
    try:
        result = risky(kind)
    except ValueError as e:
        print("caught ValueError:", e)
    except (TypeError, KeyError) as e:
        print("caught", type(e).__name__, e)
    except Exception as e:
        print("caught generic", type(e).__name__, e)
    else:
        print("no exception:", result)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not here")
except KeyError as e:
    print("outer caught", e)
err = None
try:
    raise RuntimeError("x")
except RuntimeError as e:
    err = e
print(repr(err))
try:
    e
except NameError as ne:
    print("NameError:", ne)
