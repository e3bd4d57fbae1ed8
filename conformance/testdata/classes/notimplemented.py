class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled it"
print(A() == B())
print(A() + B())
a = A()
print(a == a)
print(A() != B())
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
print((1).__add__("x"), (1.5).__add__("x"), [].__eq__(0))
class Ordering:
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return NotImplemented
try:
    Ordering() < Ordering()
except TypeError as e:
    print("TypeError:", e)
