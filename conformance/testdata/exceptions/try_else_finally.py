def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for a in ["raise", "return", "normal"]:
    print(a, run(a))
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        print("not this one")
    else:
        1 / 0
try:
    else_raises()
except ZeroDivisionError as e:
    print("else raised", e)
def except_raises():
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
    finally:
        print("finally after except raised")
try:
    except_raises()
except IndexError as e:
    print("got", repr(e), "context", repr(e.__context__))
