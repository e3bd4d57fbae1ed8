s = "Hello, World"
print(s[0], s[-1], s[4], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[::2], s[::-1], s[1:-1], s[100:], s[-100:3])
print(s[2:10:3], s[10:2:-2], s[::-3], s[5:5], repr(s[8:2]))
print(len(s), len(""), len("日本語"), "日本語"[1])
try:
    s[50]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
print(list("hey"), tuple("ab"), "xyz"[slice(1, None)])
print(s[slice(None, None, -1)] == s[::-1])
