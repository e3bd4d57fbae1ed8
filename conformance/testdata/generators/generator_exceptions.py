def source():
    yield 1
    raise ValueError("source failed")
def consumer():
    try:
        for v in source():
            print("got", v)
    except ValueError as e:
        print("consumer caught:", e)
consumer()
def safe(gen):
    try:
        yield from gen
    except ZeroDivisionError:
        yield "recovered"
def divide():
    yield 1 / 1
    yield 1 / 0
    yield "never"
print(list(safe(divide())))
g = source()
next(g)
try:
    next(g)
except ValueError:
    pass
print(list(g), "dead after an exception")
def raises_immediately():
    raise KeyError("at first next")
    yield
gen = raises_immediately()
print("created fine")
try:
    next(gen)
except KeyError as e:
    print("KeyError:", e)
