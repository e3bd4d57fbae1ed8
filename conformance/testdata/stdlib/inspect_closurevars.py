import inspect
import math
G = 5


def outer():
    x = 1
    y = 2

    def inner(a):
        return x + G + len(a) + math.pi + undefined_name + a.attr
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, sorted(cv.globals), cv.builtins, sorted(cv.unbound), type(cv).__name__)
try:
    inspect.getclosurevars(1)
except TypeError as e:
    print(e)


class C:
    def m(self):
        return G


print(inspect.getclosurevars(C().m))


def later():
    def use():
        return z
    try:
        inspect.getclosurevars(use)
    except ValueError as e:
        print("ValueError", e)
    z = 3
    print(inspect.getclosurevars(use).nonlocals)


later()
