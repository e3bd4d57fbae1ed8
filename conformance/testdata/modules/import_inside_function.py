def lazy():
    import geometry_helper
    return geometry_helper.PI
print("before calling lazy")
print(lazy())
print("geometry_helper" in globals())
def from_import():
    from geometry_helper import area
    return round(area(1), 2)
print(from_import())
import sys
print("geometry_helper" in sys.modules)
