class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def created(cls):
        return f"{cls.__name__}: {cls.count}"
    @classmethod
    def build(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    pass
Counter.build(2)
Sub.build(1)
print(Counter.created(), Sub.created(), Sub().created())
print(Counter.add(2, 3), Counter().add(4, 5), Sub.add("a", "b"))
print(type(Counter.__dict__["add"]).__name__, type(Counter.__dict__["created"]).__name__)
print(Counter.__dict__["add"].__func__(1, 1), Counter.created.__self__ is Counter)
sm = staticmethod(lambda: "plain")
print(sm(), callable(sm))
def f(x):
    return x
print(classmethod(f).__func__ is f, staticmethod(f).__func__ is f)
