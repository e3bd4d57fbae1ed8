# Instances of builtin subclasses in formatting: format(x, '') and f"{x}" are
# str(x), so a subclass's __str__/__repr__ shows; str % args formats the objects
# themselves; a tuple subclass supplies the args and any subscriptable a mapping.
import collections
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class T(tuple): pass
class D(dict):
    def __missing__(self, k): return f"<{k}>"
class S(str):
    def __str__(self): return "S-str"
class I(int):
    def __str__(self): return "I-str"
    def __repr__(self): return "I-repr"
t(lambda: "%s-%s" % T((1, 2)))
t(lambda: "%(a)s %(b)s" % D(a=1))
t(lambda: "%(a)s" % collections.UserDict(a=5))
t(lambda: "%s" % S("x"))
t(lambda: "%r" % S("x"))
t(lambda: "%s %d %r %x" % (I(3), I(3), I(3), I(255)))
t(lambda: "hello" % [])
t(lambda: "hello" % {})
t(lambda: "hello" % ())
t(lambda: "hello" % 5)
t(lambda: "hello" % "x")
t(lambda: "%s" % [1, 2])
t(lambda: "%s %s" % [1, 2])
t(lambda: b"%s" % b"ab")
t(lambda: b"hi" % b"ab")
t(lambda: b"%(k)s" % {b"k": b"v"})
t(lambda: S("%s!") % 5)
t(lambda: f"{S('x')} {I(4)} {I(4)!r} {I(4):d} {S('y'):>3}")
t(lambda: format(I(4)) + format(S("q")))
t(lambda: "{} {}".format(I(1), S("z")))
class F(float):
    def __str__(self): return "F-str"
t(lambda: f"{F(1.5)} {F(1.5):.1f}" + "%s" % F(2))
