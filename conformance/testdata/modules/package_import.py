import shapes_pkg
print(shapes_pkg.NAME, shapes_pkg.describe())
from shapes_pkg import square
print(square.area(3))
from shapes_pkg.square import perimeter
print(perimeter(3))
import shapes_pkg.triangle
print(shapes_pkg.triangle.area(4, 5))
from shapes_pkg.deep import nested
print(nested.where())
print(shapes_pkg.__name__, square.__name__, nested.__name__, nested.__package__)
