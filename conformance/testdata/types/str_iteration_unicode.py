s = "naïve café ☕ 日本"
print(len(s), [c for c in s if ord(c) > 127], s.upper(), s[6:10])
print(s.encode("utf-8")[:8], len(s.encode()), s.encode("utf-16-le")[:6])
print(sorted("héllo"), "é" in s, s.find("☕"), s.index("日"))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\U0001F600", len("\U0001F600"), "😀".encode())
print("straße".upper(), "ΣΑΣ".lower(), "ǆ".title(), "ﬃ".upper())
print("Ⅻ".isnumeric(), "Ⅻ".isdigit(), "٣".isdecimal(), int("٣٤"), float("١.٥"))
print(repr("\u0000\u00a0\u200d"), "a\u0301" == "á", len("a\u0301"))
for ch in "aé€😀":
    print(ch, hex(ord(ch)), ch.encode("utf-8"), len(ch.encode("utf-8")))
print(max("abc😀"), min("Zabc"), "".join(reversed("åbc")))
