class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rmul__(self, other):
        return Money(self.cents * other)
    def __rtruediv__(self, other):
        return other / self.cents
    def __rpow__(self, other):
        return other ** self.cents
    def __rmatmul__(self, other):
        return "rmatmul"
    def __rlshift__(self, other):
        return "rlshift"
print(Money(5) + Money(6))
print(10 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(100 - Money(1), 3 * Money(4), 12 / Money(4), 2 ** Money(3), [1] @ Money(0), 1 << Money(0))
try:
    Money(1) + "str"
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__ wins"
print(Base() + Derived())
print(Derived() + Base())
