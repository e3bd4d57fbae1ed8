from . import NAME
def area(s):
    return s * s
def perimeter(s):
    return 4 * s
print("loaded square from", NAME)
