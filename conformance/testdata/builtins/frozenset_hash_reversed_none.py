# frozenset hashes as CPython computes them (ints hash to themselves, so
# the values are the same on every run), and reversed() refuses a class
# whose __reversed__ is None.
for items in ([], [0], [1], [1, 2, 3], [-1], range(50), [2 ** 40, -7, True]):
    print(hash(frozenset(items)))
print(hash(frozenset([frozenset([1]), frozenset([2, 3])])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print([sorted(s) for s in {frozenset([3]), frozenset([1]), frozenset([2])}])


class NoReverse:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


try:
    reversed(NoReverse())
except TypeError as e:
    print("TypeError:", e)


class Rev:
    def __reversed__(self):
        return iter("cba")


print(list(reversed(Rev())))


# reversed() on subclasses of dict and list
class D(dict):
    pass


class L(list):
    def __getitem__(self, i):
        return "overridden"


print(list(reversed(D(a=1, b=2, c=3))), list(reversed(L([1, 2, 3]))))
