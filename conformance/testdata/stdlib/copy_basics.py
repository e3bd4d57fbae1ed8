import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1])

class Pt:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
p = Pt(1, ["a"])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
print(p2.x, p2.tags, p3.tags, type(p3).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("copy called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return Custom(self.v + 10)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)

class Red:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Red, (self.n * 2,))
print(copy.copy(Red(2)).n, copy.deepcopy(Red(3)).n)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y, id(x) in memo)
print(copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}), copy.copy(len) is len)
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter
N = namedtuple("N", "a b")
print(copy.deepcopy(N(1, [2])), copy.copy(deque([1], 3)), copy.deepcopy(OrderedDict(a=[1])))
print(copy.deepcopy(defaultdict(list, a=[1])), copy.copy(Counter("aab")))
print(copy.Error.__name__, issubclass(copy.Error, Exception))
