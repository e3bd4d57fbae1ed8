def f():
    """One line."""
def g():
    """
    Multi-line docstring.

    Indented body.
    """
def h():
    x = 1
    """Not a docstring because it is not first."""
def i():
    "single quotes work"
def j():
    f"f-strings are not docstrings"
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
for fn in [f, g, h, i, j, C, C.m]:
    print(repr(fn.__doc__))
print(C().__doc__, C().m.__doc__)
f.__doc__ = "changed"
print(f.__doc__)
lam = lambda: None
print(lam.__doc__)
print(int.__doc__ is not None)
