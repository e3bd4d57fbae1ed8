class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"
print(OnlyLt(1) < OnlyLt(2), OnlyLt(2) > OnlyLt(1), sorted([OnlyLt(3), OnlyLt(1)]))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class Iterable:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Iterable(), 5 in Iterable(), list(Iterable()), sum(Iterable()))
class NoBool:
    pass
print(bool(NoBool()))
class Neg:
    def __neg__(self):
        return "negated"
print(-Neg())
try:
    +Neg()
except TypeError as e:
    print("TypeError:", e)
