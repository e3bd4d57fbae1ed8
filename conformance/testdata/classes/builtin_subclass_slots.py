# __slots__ in a subclass of a builtin type leaves out the instances' __dict__.
class P:
    __slots__ = ("x",)
p = P()
p.x = 1
try:
    p.y = 2
except AttributeError as e:
    print(e)
class T(tuple):
    __slots__ = ()
t = T((1, 2))
try:
    t.z = 1
except AttributeError as e:
    print(e)
print(hasattr(t, "__dict__"), hasattr(p, "__dict__"))
import collections
Pt = collections.namedtuple("Pt", "x y")
q = Pt(1, 2)
try:
    q.z = 3
except AttributeError as e:
    print(e)
class D(dict):
    __slots__ = ()
d = D()
try:
    d.a = 1
except AttributeError as e:
    print(e)
