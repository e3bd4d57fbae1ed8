try:
    try:
        {}["k"]
    except KeyError:
        [][1]
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
def handler():
    try:
        raise KeyError("a")
    except KeyError as e:
        try:
            raise ValueError("b")
        except ValueError as inner:
            return inner
r = handler()
print(repr(r), repr(r.__context__))
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__)
err = ValueError("reraised")
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise err
except ValueError as e:
    print(e is err, repr(e.__context__))
