print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -2)
print("abc" < "abd", "abc" < "ab", "B" < "a", "Z" < "a", "" < "a", "é" > "z")
print("a" == "a", "a" != "b", "abc" == "ab" + "c", max("apple", "pear"), min(["b", "a", "c"]))
s = "x"
s += "y"
s *= 2
print(s)
print(ord("A"), ord("é"), ord("€"), ord("😀"), chr(65), chr(233), chr(8364), chr(128512))
print(str(123), str(1.5), str([1, "a"]), str((1,)), str({"k": "v"}), str(None))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("nl\n"), repr("\\"))
print(repr("\x00\x1f\x7f"), repr("é€😀"), repr("\u200b"), ascii("é€😀"))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3))
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["b", "A", "a"], key=str.lower))
