class Point:
    def __new__(cls, x, y):
        print("__new__", cls.__name__, x, y)
        obj = super().__new__(cls)
        obj.made_in_new = True
        return obj
    def __init__(self, x, y):
        print("__init__", x, y)
        self.x, self.y = x, y
p = Point(1, 2)
print(p.made_in_new, p.x, p.y)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = UpperStr("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
    def __repr__(self):
        return f"Pos({int(self)})"
print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__)
class Both:
    def __init__(self):
        self.v = 1
b = Both.__new__(Both)
print(hasattr(b, "v"))
Both.__init__(b)
print(b.v)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
