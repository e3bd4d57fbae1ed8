s = "one fish two fish red fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 2), s.replace("", "-")[:12], s.replace("x", "y") == s)
print("aaa".replace("a", "aa"), "abc".replace("", "|"), "abc".replace("b", ""))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(table3))
print(sorted(str.maketrans("ab", "cd").items()))
print("hello".translate({ord("l"): "L", ord("o"): None}))
try:
    str.maketrans("abc", "de")
except ValueError as e:
    print("ValueError:", e)
