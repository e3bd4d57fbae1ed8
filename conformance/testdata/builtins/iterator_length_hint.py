# __length_hint__ of the builtin list, tuple, str, range and set iterators.
import operator
it = iter([1, 2, 3]); next(it)
print(operator.length_hint(it), it.__length_hint__())
for _ in it: pass
print(it.__length_hint__())
print(iter((1,)).__length_hint__(), iter("héllo").__length_hint__(), iter(range(10)).__length_hint__(), iter(range(10, 0, -3)).__length_hint__(), iter(range(5, 5)).__length_hint__())
r = iter(range(0, 10, 3)); next(r); print(r.__length_hint__(), operator.length_hint(iter(set([1, 2]))))
s = iter("ab"); next(s); next(s); print(s.__length_hint__())
