# dict.fromkeys on a subclass makes the subclass: it calls cls() and stores each
# key through the instance's own __setitem__.
import collections
class D(dict):
    def __init__(self, *a, **k):
        print("init", a, k)
        super().__init__(*a, **k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
d = D.fromkeys("ab", 0)
print(type(d).__name__, d)
print(dict.fromkeys("xy"), dict.fromkeys([]), type(dict.fromkeys("a")).__name__)
od = collections.OrderedDict.fromkeys("cab", 1); print(type(od).__name__, od)
dd = collections.defaultdict.fromkeys("ab"); print(type(dd).__name__, dict(dd), dd.default_factory)
class Plain(dict): pass
p = Plain.fromkeys(range(3), "v"); print(type(p).__name__, p)
try:
    dict.fromkeys()
except TypeError as e:
    print(e)
try:
    dict.fromkeys(1)
except TypeError as e:
    print(e)
