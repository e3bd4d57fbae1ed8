print(sum([1.5, 2.5]), sum([1, 2], 0.5), sum([[1], [2, 3]], [0]), sum(range(5), start=-10))
print(sum([1 + 2j, 3j]), sum(x for x in () if x), sum([10 ** 20, 1]))
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        return self.__add__(o)
    def __repr__(self):
        return f"Money({self.v})"
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)))
