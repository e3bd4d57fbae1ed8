class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

def risky(n):
    if n == 0:
        raise AppError("zero", 42)
    return 10 // n

for n in (2, 0):
    try:
        print(risky(n))
    except AppError as e:
        print("caught", e, e.code, e.args)
    else:
        print("no error")
    finally:
        print("finally", n)

def chain():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__))
def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "returned"
        finally:
            print("cleanup", i)
print(loop_with_finally())
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("values", e.exceptions)
except* TypeError as e:
    print("types", e.exceptions)
