s = "Hello"
print(s.__len__(), s.__getitem__(0), s.__contains__("ell"), s.__eq__("Hello"), s.__lt__("World"), s.__hash__() == hash(s))
print(str.upper("abc"), str.join("-", "abc"), str.format("{}!", 1), str.count("banana", "a"))
print("a" "b" 'c' """d""", '''e''')
print("line one\
 continued")
print(r"raw \n string", r"\d+\w*", len(r"\n"), "\x41\101\u0041\N{LATIN CAPITAL LETTER A}")
print("tab\tand\\backslash and \"quotes\" and \'single\'")
print("multi\nline".count("\n"), "bell\a".endswith("\x07"), "\0" == "\x00")
b = """triple "quoted" with
newline"""
print(b, len(b.splitlines()))
print("%s" % "%s", "{}".format("{}"), "%%", f"{'%'}")
print(str(str), str(print)[:10], "abc".__class__.__name__, type("".join([])).__name__)
print("x".join(map(str, range(3))), "abc" * 2 == "abcabc", "ab" in "cabd")
