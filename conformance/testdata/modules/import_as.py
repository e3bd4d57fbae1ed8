import geometry_helper as geo
from geometry_helper import area as circle_area, PI
from geometry_helper import Circle
print(geo.PI == PI, round(circle_area(1), 5), Circle(2).r)
print("geometry_helper" in dir(), "geo" in dir())
import sys as system
print(system.__name__)
