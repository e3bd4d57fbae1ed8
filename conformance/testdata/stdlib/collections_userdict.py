# UserDict, UserList and UserString: wrappers over self.data.
from collections import UserDict as UD, UserList as UL, UserString as US
from collections.abc import MutableMapping, MutableSequence, Sequence
import copy


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(isinstance(UD(), MutableMapping), isinstance(UL(), MutableSequence), isinstance(US(""), Sequence))

# UserDict
u = UD({"a": 1}, b=2)
print(u, u.data, len(u), list(u), "a" in u, u.copy(), type(u.copy()).__name__, UD.fromkeys("xy", 0), UD(dict=1), UD(self=1))
attempt(lambda: UD(1))
attempt(lambda: u["zz"])
attempt(lambda: UD({}, {}))


class Dflt(UD):
    def __missing__(self, k):
        return "dflt"


print(Dflt()["q"], Dflt().get("q"), "q" in Dflt())
print(u | {"c": 3}, {"c": 3} | u, u | UD(d=4), type({"c": 3} | u).__name__)
u |= {"e": 5}
u |= UD(f=6)
print(u)
attempt(lambda: u | 1)
print(u == {"a": 1, "b": 2, "e": 5, "f": 6}, u.get("a"), u.get("zz"), u.pop("a"), u.setdefault("z", 9), u)
u.update([("k", 0)], m=1)
del u["k"]
print(u, u.popitem(), sorted(u.keys()), list(u.values())[:1])
uc = UD(a=[1])
c2 = uc.copy()
c2["a"].append(2)
c2["b"] = 0
print(uc, c2)
print(copy.copy(u), copy.copy(u).data is u.data, copy.deepcopy(uc).data["a"] is uc.data["a"])


class Lower(UD):
    def __init__(self, *a, **k):
        self.extra = "x"
        super().__init__(*a, **k)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


lo = Lower({"A": 1}, B=2)
lc = lo.copy()
print(lo, lc, type(lc).__name__, lc.extra, lc.data is lo.data)
attempt(lambda: hash(UD()))

# UserList
l = UL([3, 1, 2])
print(l, l.data, UL(), UL((1, 2)), UL(UL([5])), UL("ab"))
print(l < [4], l <= UL([3, 1, 2]), l == [3, 1, 2], l == UL([3, 1, 2]), l != (3, 1, 2), l > UL([3]), l >= [3, 1, 2])
print(l[0], l[1:], type(l[1:]).__name__, l[::-1], 2 in l, len(l))
print(l + [9], [9] + l, l + (7,), (7,) + l, type([9] + l).__name__, l * 2, 2 * l, l + UL([0]))
l2 = l.copy()
l2 += [4]
l2 += (5,)
l2 *= 2
print(l2, type(l2).__name__)
l2.sort()
print(l2)
l2.sort(key=lambda v: -v, reverse=True)
print(l2)
l3 = UL([5, 1, 4])
l3.append(0)
l3.insert(0, "x")
print(l3.pop(), l3.pop(0), l3)
l3.remove(4)
print(l3, l3.count(1), l3.index(1))
l3.reverse()
print(l3)
l3.extend(UL([8]))
l3.extend((9,))
l3.extend(l3)
print(l3)
l3[0] = 100
l3[1:3] = UL([5, 5])
del l3[-1]
print(l3)
l3[:1] = (1, 2)
del l3[:2]
print(l3)
l3.clear()
print(l3)
print(UL([1, 2, 3]).index(3, -1), UL([1, 2, 3]).index(1, 0, 1), list(reversed(UL([1, 2]))))
attempt(lambda: UL(5))
attempt(lambda: UL([1]).index(9))
attempt(lambda: UL([1]).remove(9))
attempt(lambda: UL().pop())
attempt(lambda: UL([1]) < 5)
attempt(lambda: hash(UL()))
attempt(lambda: UL([1]) + 5)
attempt(lambda: 5 + UL([1]))
attempt(lambda: UL([1]) * "a")


class S(UL):
    pass


s = S([1, 2])
print(type(s[0:1]).__name__, type(s + [1]).__name__, type([1] + s).__name__, type(s * 2).__name__, type(s.copy()).__name__, s.copy())
cu = UL([[1]])
print(copy.copy(cu), copy.copy(cu).data is cu.data, copy.copy(cu)[0] is cu[0])

# UserString
s = US("Hello")
print(s, repr(s), s.data, US(5), US(US("x")).data, US(b"b"), str(s), int(US("12")), float(US("1.5")), complex(US("1j")))
print(hash(s) == hash("Hello"), s.__getnewargs__(), len(s), s[1], type(s[1]).__name__, s[1:3], type(s[1:3]).__name__)
print(s == "Hello", s == US("Hello"), s < "Z", s <= US("Hello"), s > "A", s >= "Hello", s != "h", s == 5)
print("ell" in s, US("ell") in s, "z" in s, list(s), list(reversed(US("ab"))), sorted([US("b"), US("a")]))
print(s + "!", "!" + s, type("!" + s).__name__, s + US("?"), s + 1, 1 + s, s * 2, 2 * s, US("%s-%d") % ("a", 1), type(US("%s") % "x").__name__)
print("%s" % US("q"), s.__rmod__("x%s"), type(s.__rmod__("x%s")).__name__)
attempt(lambda: US("a") < 1)
attempt(lambda: s * "a")
print(s.upper(), type(s.upper()).__name__, s.lower(), s.capitalize(), s.casefold(), s.center(9, "*"), s.count("l"), s.count(US("l"), 0, 3))
print(s.encode(), s.encode("ascii", "strict"), s.encode(None, None), s.endswith("lo"), s.endswith(("x", "o")), US("a\tb").expandtabs(4))
print(s.find("l"), s.find(US("l"), 3), s.rfind(US("l")), s.format(), US("{0}{x}").format(1, x=2), US("{a}").format_map({"a": 5}), s.index("e"))
print(s.isalnum(), s.isalpha(), s.isascii(), US("12").isdecimal(), US("12").isdigit(), US("x").isidentifier(), s.islower())
print(US("1").isnumeric(), s.isprintable(), US(" ").isspace(), s.istitle(), s.isupper())
print(US(",").join(["a", "b"]), type(US(",").join("ab")).__name__, s.ljust(7, "."), US("  a ").lstrip(), US("xxa").lstrip("x"), US.maketrans("a", "b"))
print(s.partition("l"), s.removeprefix("He"), s.removesuffix(US("lo")), s.replace("l", "L"), s.replace(US("l"), US("L"), 1), s.rindex("l"), s.rjust(7))
print(s.rpartition("l"), US("a b c").rsplit(None, 1), US(" a ").rstrip(), US("a,b").split(","), US("a\nb").splitlines(), US("a\nb").splitlines(True))
print(s.startswith("He"), US(" a ").strip(), s.swapcase(), US("ab cd").title(), s.translate({ord("l"): "L"}), US("5").zfill(3))
print(type(s.partition("l")[0]).__name__, type(US("a b").split()[0]).__name__, type(s.zfill(7)).__name__, type(s.strip()).__name__)
print(s.zfill(width=8), s.split(sep="e"), s.splitlines(keepends=True), s.expandtabs(tabsize=2))
attempt(lambda: s.index("z"))
attempt(lambda: s.rindex("z"))
attempt(lambda: US("a")[5])
attempt(lambda: s.index(US("e")))


class Shout(US):
    def __str__(self):
        return self.data.upper() + "!"


sh = Shout("hey")
print(sh, repr(sh), type(sh + "x").__name__, type(sh.title()).__name__, f"{sh}", sh.title())
