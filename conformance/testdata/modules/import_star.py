from exports_helper import *
print(public_one, public_two())
try:
    hidden
except NameError as e:
    print("NameError:", e)
try:
    _underscore
except NameError as e:
    print("NameError:", e)
from geometry_helper import *
print(PI, "area" in dir(), "_private" in dir(), "loaded" in dir())
