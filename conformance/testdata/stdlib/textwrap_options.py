import textwrap

samples = [
    "A well-known state-of-the-art self-driving car--really!--drove 12-34 miles.",
    "Hyphens: a-b-c ab-cd x-y-zz --leading trailing-- em--dash e.g. foo.bar",
    "Tabs\tand\tspaces   multiple    spaces\nnew\nlines\r\x0bvt",
    "supercalifragilisticexpialidocious-antidisestablishmentarianism short",
    "Mr. Smith went. He saw! Then? \"Yes.\" 'no.' Done.",
    "   leading spaces and trailing   ",
    "naïve café-crème über-cool résumé\xa0nbsp",
]
for text in samples:
    for width in (1, 5, 8, 12, 20, 33):
        print(width, textwrap.wrap(text, width))
    print(textwrap.wrap(text, 10, break_on_hyphens=False))
    print(textwrap.wrap(text, 10, break_long_words=False))
    print(textwrap.wrap(text, 10, break_long_words=False, break_on_hyphens=False))
    print(textwrap.wrap(text, 15, drop_whitespace=False))
    print(textwrap.wrap(text, 15, expand_tabs=False, replace_whitespace=False))
    print(textwrap.wrap(text, 15, tabsize=3))
    print(textwrap.wrap(text, 25, fix_sentence_endings=True))
    print(textwrap.wrap(text, 14, initial_indent="-> ", subsequent_indent="    "))
    for n in (1, 2, 3):
        print(n, textwrap.wrap(text, 16, max_lines=n))
        print(n, textwrap.wrap(text, 16, max_lines=n, placeholder="..."))
    print(repr(textwrap.shorten(text, 20)), repr(textwrap.shorten(text, 30, placeholder=" (more)")))

w = textwrap.TextWrapper(width=12, initial_indent="* ", subsequent_indent="  ")
print(w.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit."))
w.width = 30
w.max_lines = 2
print(w.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod."))
print(w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))

for bad in [dict(width=0), dict(width=-3), dict(width=5, max_lines=1, placeholder=" [......]"),
            dict(width=6, max_lines=2, subsequent_indent="    ")]:
    try:
        print(textwrap.wrap("some text here", **bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.shorten("Hello world", 3)
except ValueError as e:
    print("ValueError:", e)
print(textwrap.wrap("", 5), textwrap.fill("", 5) == "", textwrap.wrap("\n\n", 5))

for text in ["  a\n    b\n  c", "\ta\n\tb", "  \ta\n  b", "x\n  y", "   \n  a\n\n  b\n   ",
             "\t \ta\n\t  b", "  a  \n  b\t\n", "no indent", "", "\n  \n"]:
    print(repr(textwrap.dedent(text)))
print(repr(textwrap.indent("a\n\n b\n  \nc", "  ")))
print(repr(textwrap.indent("a\r\nb\rc\n", "# ")))
print(repr(textwrap.indent("x\n\ny\n", ">", lambda line: not line.strip())))
print(textwrap.__all__)
