words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "straße", "ǅ dž", "o'neil mc-donald", "123abc", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ß".upper(), "ﬁ".upper(), "İ".lower() == "i\u0307")
print("x".center(5).upper(), "ABC".lower().upper())
print("one two".title().swapcase())
