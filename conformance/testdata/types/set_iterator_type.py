# Iterating a set or frozenset gives a set_iterator (it showed as tuple_iterator).
it = iter({3, 1, 2})
print(type(it).__name__, type(iter(frozenset("a"))).__name__, iter(it) is it, sorted(it), next(it, "done"))
print(type(iter(())).__name__, type(iter([])).__name__, type(iter("")).__name__, type(iter({})).__name__)
s = {1, 2}
it2 = iter(s)
print(next(it2) in s, len(list(it2)))
