import lazy_helper
print(lazy_helper.eager)
print(lazy_helper.computed_value)
print(lazy_helper.anything_else)
try:
    lazy_helper.forbidden
except AttributeError as e:
    print("AttributeError:", e)
from lazy_helper import dynamic_name
print(dynamic_name)
print(sorted(dir(lazy_helper))[:3])
