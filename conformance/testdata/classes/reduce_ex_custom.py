# object.__reduce_ex__ defers to a __reduce__ that a class defines.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))


class Tagged(Point):
    pass


p = Point(1, 2)
for proto in (0, 2, 4):
    fn, args = p.__reduce_ex__(proto)
    print(proto, fn.__name__, args, fn(*args).y)
t = Tagged(3, 4)
print(t.__reduce_ex__(4)[1])
import copy
q = copy.copy(p)
print(type(q).__name__, q.x, q.y, q is p)
