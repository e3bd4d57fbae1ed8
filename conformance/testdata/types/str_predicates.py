samples = ["abc", "ABC", "Abc Def", "abc123", "123", "½", "²", "١٢", " \t\n", "", "a_b", "_id", "class", "3x", "Hello World", "hello World", "\x00", "ÀÉ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
