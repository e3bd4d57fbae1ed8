def documented(a, b=2, *, c=3):
    """Adds things together."""
    return a + b + c
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
class K:
    def method(self):
        """Method doc."""
    class Inner:
        def deep(self):
            pass
print(K.method.__qualname__, K.Inner.deep.__qualname__, K.method.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
documented.custom = "attached"
print(documented.custom, sorted(documented.__dict__))
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
print(type(documented).__name__, callable(documented))
print(documented.__code__.co_name, documented.__code__.co_varnames)
lam = lambda: 0
print(lam.__name__, lam.__doc__)
