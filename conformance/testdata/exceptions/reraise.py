def bare():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    bare()
except ValueError as e:
    print("re-raised:", e)
def raise_caught():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    raise_caught()
except ZeroDivisionError as e:
    print("raised later:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise KeyError("k")
    except (KeyError, ValueError) as e:
        raise
except LookupError as e:
    print("as lookup:", repr(e))
