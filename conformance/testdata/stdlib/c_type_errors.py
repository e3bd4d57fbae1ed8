# Error messages of the types CPython writes in C name them with their
# module (itertools.count, collections.deque, collections.OrderedDict);
# heapq's functions name themselves and the type they got; count wants
# numbers; starmap's arguments must be iterable.
import collections
import decimal
import fractions
import heapq
import itertools as it


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for obj in (it.count(), it.repeat(1), it.chain(), it.islice('a', 1), it.groupby(''), it.tee('a')[0],
            it.product(), it.zip_longest(), it.starmap(pow, []), it.cycle(''), it.accumulate([]),
            it.permutations(''), it.combinations('', 1), it.pairwise(''), iter(collections.deque())):
    t(lambda: obj[0])
    t(lambda: len(obj))
    t(lambda: obj + 1)
for obj in (collections.deque(), collections.OrderedDict(), collections.defaultdict()):
    t(lambda: hash(obj))
    t(lambda: obj + 1)
    t(lambda: obj < 1)
t(lambda: it.count('a'))
t(lambda: it.count(1, 'a'))
t(lambda: it.count([]))
t(lambda: list(it.islice(it.count(decimal.Decimal('0.5')), 2)))
t(lambda: list(it.islice(it.count(fractions.Fraction(1, 3), 1), 2)))
t(lambda: list(it.islice(it.count(1j, 0.5), 2)))
t(lambda: list(it.starmap(pow, [2])))
t(lambda: list(it.starmap(pow, [[2, 3], (2, 2), iter([3, 2])])))
t(lambda: list(it.starmap(lambda *a: a, ['ab'])))
for f, a in ((heapq.heappush, ((1,), 2)), (heapq.heappop, ((1,),)), (heapq.heapify, ((1,),)),
             (heapq.heapreplace, ((1,), 2)), (heapq.heappushpop, ((1,), 2)), (heapq.heapify, (None,)),
             (heapq.heappop, ('ab',))):
    t(lambda: f(*a))


class L(list):
    pass


h = L([3, 1, 2])
heapq.heapify(h)
heapq.heappush(h, 0)
print(heapq.heappop(h), h, type(h).__name__)
