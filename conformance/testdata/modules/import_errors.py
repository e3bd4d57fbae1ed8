try:
    import nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from geometry_helper import missing_thing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import shapes_pkg.nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from . import sibling
except ImportError as e:
    print("ImportError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
