class Thing:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Thing({self.n!r})"
    def __str__(self):
        return f"thing #{self.n}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return f"[{spec}:{self.n}]"
    def __bool__(self):
        return self.n != 0
t = Thing(3)
print(t, repr(t), str(t), f"{t}", f"{t!r}", f"{t:wide}", format(t, "x"), "{:q}".format(t))
print([t, Thing("s")], (t,), {"k": t})
print(bool(Thing(0)), bool(t), not Thing(0), Thing(0) or "fallback")
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "OnlyStr!"
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class LenTruth:
    def __len__(self):
        return 2
print(bool(LenTruth()))
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
