def point(x, y):
    return (x, y)
p = point(3, 4)
x, y = p
print(p, x, y, p[0] ** 2 + p[1] ** 2)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
q = Point(1, 2)
print(q, q.x, q.y, q == (1, 2), isinstance(q, tuple), len(q), q + (3,))
a, b = q
print(a, b, sorted([Point(2, 1), Point(1, 5)]), hash(q) == hash((1, 2)))
records = [("ann", 3), ("bob", 1)]
print(sorted(records, key=lambda r: r[1]), dict(records))
