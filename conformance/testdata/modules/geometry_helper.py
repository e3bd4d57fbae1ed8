"""A helper module imported by the tests in this folder."""
import sys
PI = 3.14159
_private = "underscore names are not exported by *"
loaded = [__name__]
print("geometry_helper imported as", __name__)
def area(r):
    return PI * r * r
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return area(self.r)
