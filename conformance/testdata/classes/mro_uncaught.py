class O:
    pass
class A(O):
    pass
class B(O):
    pass
class C(A, B):
    pass
print("C is fine:", [k.__name__ for k in C.__mro__])
class D(B, A):
    pass
print("D is fine too")
class E(C, D):
    pass
print("not reached")
