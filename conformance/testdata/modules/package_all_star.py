from tools_pkg import *
print(sorted(n for n in dir() if not n.startswith("__")))
print(helper_fn(), CONSTANT)
import tools_pkg
print(tools_pkg.__all__, tools_pkg.internal_only)
