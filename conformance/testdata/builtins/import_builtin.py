m = __import__("sys")
print(m.__name__, type(m).__name__)
helper = __import__("import_target_helper")
print(helper.VALUE, helper.double(21))
import sys
print("import_target_helper" in sys.modules)
again = __import__("import_target_helper")
print(again is helper)
try:
    __import__("no_such_module_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
