"""Indexing, slicing and searching long strs, ASCII and not (the cached code-point index)."""

s = ("héllo wörld " * 20) + "\U0001F600end" + "abc" * 30 + "ü"
t = "x" * 100
print(len(s), len(t))
for i in (0, 1, 5, 31, 32, 33, 63, 64, 65, 200, 240, 241, 242, 300, len(s)-1, -1, -2, -100):
    print(i, repr(s[i]))
print(s[30:70], s[240:250], s[-5:], s[::7][:20], s[100:10:-3])
print(s.find("end"), s.find("ö", 100), s.rfind("ö"), s.index("abc"), s.find("zz"))
print(s.startswith("end", 241), s.startswith("end", 242), s.endswith("ü"), s.startswith("hé", 12, 14))
print(s.count("l", 5, 200), t[50], t[99], t[10:20], t.find("x", 80))
for k in range(0, len(s), 37):
    assert s[k] == list(s)[k], k
    assert s[k:k+40] == "".join(list(s)[k:k+40])
try:
    s[len(s)]
except IndexError as e:
    print(e)
u = "ab\u00e9" * 40
print(u.find("é", 50), u.rfind("a", 0, 100), u[119], len(u))
print("é"[0], "aé"[-1], "aé"[1:], "aé"[5:], "x"[-1])
