values = [1, -2.5, "text", "it's", 'q"q', "é", "tab\t", b"\x00b", [1, "a"], (1,), {"k": None}, {1}, None, True, 1j, range(2), ..., NotImplemented]
for v in values:
    print(repr(v), ascii(v))
print(ascii("日本"), ascii("😀"), ascii("\x7f"), ascii("\u00ff"), repr("\u00ff"), repr("\x80"))
class R:
    def __repr__(self):
        return "Réprésentation"
print(repr(R()), ascii(R()), str([R()]))
print(repr(repr("x")), repr(str(5)), eval(repr("a'b\"c")))
