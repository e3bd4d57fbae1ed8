class Range3:
    def __init__(self, start, stop):
        self.cur, self.stop = start, stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
r = Range3(1, 4)
print(list(r), list(r))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
ru = Reusable([1, 2])
print(list(ru), list(ru), 2 in ru, sorted(ru, reverse=True))
it = iter([10, 20])
print(next(it), next(it), next(it, "end"))
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
a, b, c = Range3(0, 3)
print(a, b, c)
print(dict(zip(Range3(0, 3), "xyz")), *Range3(5, 7))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while a < 50:
            yield a
            a, b = b, a + b
print(list(Fib()), sum(Fib()))
it2 = iter(Range3(0, 2))
print(type(it2).__name__, iter(it2) is it2)
