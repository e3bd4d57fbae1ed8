s = "  \t hi there \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ips"))
print(repr("hi".center(7)), repr("hi".center(6, "*")), repr("hi".ljust(5, "-")), repr("hi".rjust(5)))
print(repr("long".center(2)), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "".zfill(3))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef".expandtabs(4), repr("\t".expandtabs(0)), "ab\n\tc".expandtabs(2))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("x"), "file.py".removesuffix(".py"), "file.py".removesuffix(".go"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
