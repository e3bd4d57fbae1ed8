import shapes_pkg
def basename(path):
    return path.replace("\\", "/").rsplit("/", 1)[-1]
import shapes_pkg.square as sq
print(shapes_pkg.__name__, shapes_pkg.__package__, sq.__package__)
print(basename(shapes_pkg.__file__), basename(sq.__file__))
print(basename(shapes_pkg.__path__[0]), hasattr(sq, "__path__"))
print(sorted(k for k in vars(shapes_pkg) if not k.startswith("__")))
