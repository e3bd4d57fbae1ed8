# copyreg: copy.copy and copy.deepcopy use the reductions registered with
# copyreg.pickle (after __copy__/__deepcopy__); its helpers and extension registry.
import copy, copyreg
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return 'P(%r)' % (self.x,)
def reduce_p(p):
    print('reduce_p called')
    return P, (p.x * 10,)
copyreg.pickle(P, reduce_p)
print(copy.copy(P(1)), copy.deepcopy(P([2])), copy.deepcopy([P(3)]))
class Q(P):
    pass
print(type(copy.copy(Q(1))).__name__, copy.copy(Q(1)).x)
print(copy.copy(3+4j), copy.deepcopy(1j), copyreg.dispatch_table[complex](2+3j))
try: copyreg.pickle(P, 5)
except TypeError as e: print(e)
try: copyreg.constructor(5)
except TypeError as e: print(e)
class C:
    def __copy__(self): return 'own copy'
copyreg.pickle(C, lambda c: (C, ()))
print(copy.copy(C()))
class S:
    __slots__ = ('a', '__b', '__weakref__')
class T(S):
    __slots__ = ('c',)
print(copyreg._slotnames(T), T.__slotnames__ if '__slotnames__' in T.__dict__ else None)
print(copyreg.__newobj__(P, 5) .__class__.__name__, copyreg.__newobj_ex__(dict, (), {}))
copyreg.add_extension('m', 'n', 5); print(copyreg._extension_registry, copyreg._inverted_registry)
try: copyreg.add_extension('m', 'o', 5)
except ValueError as e: print(e)
copyreg.remove_extension('m', 'n', 5); print(copyreg._extension_registry)
try: copyreg.remove_extension('m', 'n', 5)
except ValueError as e: print(e)
try: copyreg.add_extension('m', 'n', 0)
except ValueError as e: print(e)
print(sorted(copyreg.__all__))
class WithDS:
    def __init__(self): self.v = [1]
copyreg.pickle(WithDS, lambda o: (WithDS, (), {'v': o.v + [2]}))
print(copy.deepcopy(WithDS()).v, copy.copy(WithDS()).v)
