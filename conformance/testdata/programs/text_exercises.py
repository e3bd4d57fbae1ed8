"""Text-processing grab bag: a tokenizer for INI-less key=value logs, a
roman-numeral converter, a run-length encoder, caesar cipher and a
histogram printer, as found in beginner exercise collections."""
import string
import re
from collections import OrderedDict, ChainMap, UserDict
from functools import reduce, partial
from operator import mul

ROMAN = OrderedDict([(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                     (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")])

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, sym in ROMAN.items():
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)

def from_roman(s):
    vals = {v: k for k, v in ROMAN.items() if len(v) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        va, vb = vals[a], vals.get(b, 0)
        total += -va if va < vb else va
    return total

def rle(s):
    return "".join(f"{len(m.group(0))}{m.group(1)}" for m in re.finditer(r"(.)\1*", s))

def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))

def caesar(text, shift):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])
    return text.translate(table)

def histogram(data, width=30):
    peak = max(data.values())
    for key, val in data.items():
        bar = "█" * round(val / peak * width)
        print(f"{key:>8} │{bar:<{width}}│ {val:>5.1f}")

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} = {r}")
try:
    to_roman(0)
except ValueError as e:
    print("ValueError:", e)
encoded = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(encoded, unrle(encoded) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
secret = caesar("The Quick Brown Fox, 2024!", 13)
print(secret, caesar(secret, 13), caesar("abc", -1))
histogram({"mon": 3.5, "tue": 7.25, "wed": 12.0, "thu": 0.5, "fri": 9.75})
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], cm["debug"], len(cm), sorted(cm), cm.maps[1], cm.new_child({"x": 1})["x"], cm.parents["debug"])

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data

ld = LowerDict({"Alpha": 1})
ld["BETA"] = 2
print(ld, "ALPHA" in ld, ld["beta"], list(ld.items()), ld.get("GAMMA", 0), len(ld))
product = partial(reduce, mul)
print(product(range(1, 11)), product([2.5, 4]), reduce(lambda a, b: a + b, "abc", ">"))
print(string.ascii_letters[:5], string.digits, string.punctuation[:8], string.hexdigits, repr(string.whitespace), string.printable[-6:] == string.whitespace)
print("Hello World".translate({ord("o"): None, ord("l"): "L"}), "tab\tbed".expandtabs(4), "ﬁ".upper(), "ß".upper(), "ǅ".istitle(), "Ⅻ".isnumeric(), "²".isdigit(), "٣".isdecimal())
print("a\u0301".isalpha(), "abc".isidentifier(), "class".isidentifier(), "  ".isspace(), "ABC".isupper(), "x1".isalnum(), "hello world".count("o"), "mississippi".replace("ss", "SS", 1))
print("%5.1f|%-6s|%06.2f|%x|%o|%e|%c|%r|%%|%+d" % (3.14159, "ab", 3.14159, 255, 8, 12345.678, 65, "q", 5))
words = "the rain in spain falls mainly on the plain".split()
print(max(words, key=len), sorted(set(words), key=words.index), {w: len(w) for w in words if "ain" in w})
print(list(zip(*[iter(range(9))] * 3)), [words[i:i + 3] for i in range(0, len(words), 3)][-1])
