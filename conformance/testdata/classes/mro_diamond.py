class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
class E:
    pass
class F(E):
    pass
class G(E):
    pass
class H(F, G):
    pass
class I(G):
    pass
class J(H, I):
    pass
print([k.__name__ for k in J.mro()])
class K1: pass
class K2: pass
class K3: pass
class Z1(K1, K2): pass
class Z2(K2, K3): pass
class Z3(K1, K3): pass
class Top(Z1, Z2, Z3): pass
print([k.__name__ for k in Top.__mro__])
