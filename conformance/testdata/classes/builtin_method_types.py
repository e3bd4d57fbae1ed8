# A method of a builtin type bound to its object is a builtin_function_or_method,
# not a method; functions bound to instances and classes are methods.
import inspect
import types

l = []
m = l.append
print(type(m).__name__, m.__name__, m.__self__ is l)
print(type("".join).__name__, type({}.get).__name__, type((1).bit_length).__name__)
print(isinstance(m, types.BuiltinMethodType), isinstance(m, types.MethodType))
print(inspect.ismethod(m), inspect.isbuiltin(m), inspect.isroutine(m))


class A:
    def f(self):
        pass

    @classmethod
    def c(cls):
        pass

    @staticmethod
    def s():
        pass


print(type(A().f).__name__, type(A.c).__name__, type(A.s).__name__, type(A.f).__name__)
print(inspect.ismethod(A().f), inspect.ismethod(A.c), inspect.isfunction(A.s))
print(A().f.__func__ is A.f, A.c.__self__ is A)
print(type(types.MethodType(len, 1)).__name__)
