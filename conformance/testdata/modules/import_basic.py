import geometry_helper
print(geometry_helper.PI, round(geometry_helper.area(2), 3))
c = geometry_helper.Circle(1)
print(round(c.area(), 5), type(c).__module__, geometry_helper.__name__)
import geometry_helper
print("second import does not re-run the module")
import sys
print(sys.modules["geometry_helper"] is geometry_helper, geometry_helper.loaded)
print(type(geometry_helper).__name__, geometry_helper.__doc__)
