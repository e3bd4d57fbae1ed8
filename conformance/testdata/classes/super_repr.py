# repr of super objects: <super: <class 'B'>, <B object>>, NULL when unbound.
class A:
    def who(self):
        return repr(super())


class B(A):
    def who(self):
        return repr(super()) + " | " + super().who()

    @classmethod
    def cwho(cls):
        return repr(super())


print(repr(super(B, B())), repr(super(B, B)), repr(super(B)), str(super(A, B())))
print(B().who())
print(B.cwho())
