print("a,b,,c".split(","), "a b  c ".split(), "  lead trail  ".split(" "), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "  x  y  ".rsplit(), "a b c d".rsplit(None, 2), "".split(), "".split(","))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "a\nb\n".splitlines(True))
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)), "sep".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("one\ttwo\tthree".split("\t"), "a  b".split(" "), "1 2 3".split(maxsplit=1))
