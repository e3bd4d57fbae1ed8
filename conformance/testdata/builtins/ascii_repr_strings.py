samples = ["plain", "quote'", 'dquote"', "both'\"", "newline\n", "tab\t", "nul\0", "bell\a", "del\x7f", "latin é", "greek α", "emoji 😀", "nbsp\xa0", "zwsp\u200b"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(b"bytes\n\x80"), ascii(b"abc"))
