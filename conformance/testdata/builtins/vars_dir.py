class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
        self._hidden = True
    def area(self):
        return 0
    @property
    def label(self):
        return self.name
class Square(Shape):
    sides = 4
    def perimeter(self):
        return 4
s = Square("sq")
print(vars(s))
print([n for n in dir(s) if not n.startswith("__")])
print([n for n in dir(Square) if not n.startswith("__")])
print([n for n in dir(Shape) if not n.startswith("_")])
print(sorted(k for k in vars(Square) if not k.startswith("__")))
print("__init__" in dir(s), "__class__" in dir(s))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Custom()))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
