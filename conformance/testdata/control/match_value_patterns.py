class Color:
    RED = "red"
    GREEN = "green"
class Limits:
    MAX = 100
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Limits.MAX:
            return "at max"
        case _:
            return "unknown"
print(paint("red"), paint("green"), paint(100), paint("blue"))
import sys
match sys.maxsize > 0:
    case True:
        print("dotted names are values")
