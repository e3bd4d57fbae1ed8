# object.__ne__ inverts the object's own __eq__ and passes NotImplemented on,
# without the reflected try or identity fallback of !=.
class A: pass
a = A()
print(a.__ne__(a), a.__ne__(1), a != a, a != 1, object.__ne__(a, a))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, E): return NotImplemented
        return self.v == o.v
print(E(1).__ne__(E(1)), E(1).__ne__(E(2)), E(1).__ne__(5), E(1) != 5, E(1) != E(2))
class Weird:
    def __eq__(self, o): return "truthy"
print(Weird().__ne__(1), Weird() != 1)
print((1).__ne__(1.0), (1).__ne__("a"), "a".__ne__("b"), [1].__ne__([1]))
