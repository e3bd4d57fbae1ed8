"""str.split and str.rsplit on whitespace, with maxsplit, ASCII and not."""

for s in [" a b ", "\t\nx\x0b\x0cy\r\x1cz\x1d\x1e\x1fw\x85v\u2003u\xa0t ", "", "   ", "ab", "é b\u3000c"]:
    print(repr(s.split()), repr(s.split(None, 1)), repr(s.strip()), s.isspace(), repr(s.rsplit(None, 1)))
for s in [" a b ", " a ", "a b c", "  x  y  z  ", "\u3000a\u3000b", "a", ""]:
    for m in (0, 1, 2, 3):
        print(repr(s.rsplit(None, m)), repr(s.split(None, m)))
