import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known "
        "fact that foxes are quick; dogs, however, are lazy and sleepy.")
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("a well-known state-of-the-art thing", 12))
print(textwrap.wrap("a well-known state-of-the-art thing", 12, break_on_hyphens=False))
print(textwrap.wrap("tabs\there  and\nnewlines", 40), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("  leading space kept", 40, drop_whitespace=False))
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder="..."))
print(textwrap.shorten("Hello  world!   How are you?", 12))
print(textwrap.shorten("Hello world!", 20), textwrap.shorten("Hello world", width=10, placeholder="~"))
print(textwrap.fill("End. Next one! Done? yes", 60, fix_sentence_endings=True))
print(repr(textwrap.dedent("""
    def f():
        return 1

      tail
    """)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  \n    y")))
print(textwrap.indent("one\n\ntwo\n", "> "), end="")
print(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True), end="")
w = textwrap.TextWrapper(width=15, expand_tabs=False, replace_whitespace=False)
print(w.wrap("x\ty z"), w.width)
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
