# TypeErrors of builtins called with wrong arguments: CPython's C functions name an
# unknown keyword as "'x' is an invalid keyword argument for f()"; max compares with
# '>' (min with '<'); reversed needs __len__ beside __getitem__; index bounds.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class K:
    def __init__(self, v):
        self.v = v


class NoLen:
    def __getitem__(self, i):
        return i


class Two:
    def __index__(self):
        return 2


t(lambda: max(1, 2, bad=3))
t(lambda: min([1], kee=1))
t(lambda: sorted([3, 1], key=lambda x: x, cmp=None))
t(lambda: [].sort(cmp=1))
t(lambda: int(x=1))
t(lambda: str(bad=1))
t(lambda: "a".split(foo=1))
t(lambda: "a".encode(enc=1))
t(lambda: round(1, nd=2))
t(lambda: enumerate([], strt=1))
t(lambda: bytes(x=1))
t(lambda: print(1, sepp=1))
t(lambda: max(K(2), K(1)))
t(lambda: min(K(2), K(1)))
t(lambda: max([K(1), K(2)]))
t(lambda: reversed(NoLen()))
t(lambda: reversed(5))
l = [1, 2, 3, 2]
t(lambda: l.index(2, Two()))
t(lambda: l.index(2, 2**100))
t(lambda: l.index(2, -2**100))
t(lambda: l.index(2, 0, -2**100))
t(lambda: l.index(2, "a"))
t(lambda: l.index(2, None))
t(lambda: (1, 2).index(2, -1))
