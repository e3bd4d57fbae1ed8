import importlib
import counter_helper
print(counter_helper.loads)
importlib.reload(counter_helper)
print(counter_helper.loads)
mod = importlib.import_module("shapes_pkg.square")
print(mod.area(2))
