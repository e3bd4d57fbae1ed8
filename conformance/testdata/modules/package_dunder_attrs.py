import shapes_pkg
import shapes_pkg.square as sq
import os
print(shapes_pkg.__name__, shapes_pkg.__package__, sq.__package__)
print(os.path.basename(shapes_pkg.__file__), os.path.basename(sq.__file__))
print(os.path.basename(shapes_pkg.__path__[0]), hasattr(sq, "__path__"))
print(sorted(k for k in vars(shapes_pkg) if not k.startswith("__")))
