# A module's __getattr__ and __dir__ (PEP 562) serve attribute reads, from-imports
# and dir(); a failed from-import's ImportError carries the module's name and path.
import os

import lazy_getattr_helper as lazymod

print(lazymod.dyn, lazymod.static, dir(lazymod), lazymod.__doc__)
try:
    lazymod.nope
except AttributeError as e:
    print(e)
from lazy_getattr_helper import dyn
from lazy_getattr_helper import *

print(dyn, static)
try:
    print(_private)
except NameError as e:
    print(e)
try:
    from lazy_getattr_helper import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, os.path.basename(e.path))
for mod in ("math", "collections"):
    try:
        exec(f"from {mod} import nope")
    except ImportError as e:
        print(e.name, isinstance(e.path, (str, type(None))))
