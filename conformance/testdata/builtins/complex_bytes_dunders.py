# complex has __complex__ and bytes has __bytes__ (what typing's
# SupportsComplex and SupportsBytes look for); subclasses keep them.
import typing

print((1 + 2j).__complex__(), b"ab".__bytes__(), "__complex__" in complex.__dict__, "__bytes__" in bytes.__dict__)

class C(complex):
    pass

class B(bytes):
    pass

print(complex(C(3, 4)), bytes(B(b"xy")), type(bytes(B(b"xy"))).__name__, C(1, 1).__complex__(), B(b"q").__bytes__())
print(isinstance(1j, typing.SupportsComplex), isinstance(b"", typing.SupportsBytes), issubclass(complex, typing.SupportsComplex),
      issubclass(bytes, typing.SupportsBytes), isinstance("s", typing.SupportsBytes), isinstance(1, typing.SupportsComplex))
