class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
d = {Point(1, 2): "a"}
print(d[Point(1, 2)])
print(Point(3, 4) in d)
d[Point(1, 2)] = "b"
print(d)
class Same:
    def __init__(self, tag):
        self.tag = tag
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.tag == other.tag
    def __repr__(self):
        return "Same(" + self.tag + ")"
s = {Same("x"): 1, Same("y"): 2, Same("x"): 3}
print(s, len(s))
class Ident:
    pass
a, b = Ident(), Ident()
e = {a: 1, b: 2}
print(e[a], e[b], len(e))
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as err:
    print("TypeError:", err)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
