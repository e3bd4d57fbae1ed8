# itertools.count and repeat reduce (so copy.copy/deepcopy copy them) as
# CPython 3.11 does; count(True) counts plain ints.
import itertools as it, copy
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for c in (it.count(), it.count(5), it.count(1, 2), it.count(1.5, -0.5), it.count(True), it.count(True, 2), it.count(2**70)):
    t(lambda: c); t(lambda: c.__reduce__()); t(lambda: list(it.islice(c, 2)))
    d = copy.copy(c); t(lambda: (d, next(d), next(c)))
    t(lambda: copy.deepcopy(c))
for r in (it.repeat('a'), it.repeat([1], 2), it.repeat(1, 0)):
    t(lambda: r.__reduce__()); t(lambda: copy.copy(r)); t(lambda: list(it.islice(copy.copy(r), 3)))
r = it.repeat(1, 3); next(r); t(lambda: copy.copy(r))
for c in (it.count(1.5), it.count(2**63), it.count(-2**63), it.count(-2**63-1), it.count(1, 1.0), it.count(1.0, 1), it.count(True, 1)):
    t(lambda: (c, c.__reduce__()))
