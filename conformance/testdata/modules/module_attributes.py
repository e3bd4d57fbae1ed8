import geometry_helper as g
print(g.__name__, g.__doc__)
print(sorted(n for n in vars(g) if not n.startswith("__")))
g.added_later = "set from outside"
import geometry_helper
print(geometry_helper.added_later)
del g.added_later
print(hasattr(geometry_helper, "added_later"))
print(callable(g.area), g.Circle.__module__)
import sys
this = sys.modules[__name__]
print(this.__name__, hasattr(this, "g"))
