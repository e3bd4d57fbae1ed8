def bad():
    yield 1
    raise StopIteration("inside generator")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def uses_next():
    it = iter([])
    yield next(it)
try:
    print(list(uses_next()))
except RuntimeError as e:
    print("RuntimeError:", e)
def good():
    yield 1
    return
print(list(good()))
class Manual:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Manual()))
it = iter([1])
print(next(it), next(it, "default"))
def early():
    return "value"
    yield
try:
    next(early())
except StopIteration as e:
    print("StopIteration value:", e.value)
