words = ["banana", "Apple", "cherry", "apple", "Banana", "123", "_x", "Zebra"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(min(words), max(words), "apple" > "Apple", "a" < "aa" < "b")
print("é" > "e", "Z" < "a", "10" < "9", "" < " ", "abc" == "abc", "abc" is not None)
print(sorted(["b2", "a10", "a2", "b1"]), sorted(["x", "xx", "X", "xX"]))
print("abc".__lt__("abd"), "abc".__ge__("abc"), "b".__gt__("abc"))
