import textwrap
import string
from collections import Counter, defaultdict, namedtuple
import re
import io
import sys

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way -- in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only."""

STOP = frozenset("the of it was we to in on its or for so that".split())
WordStat = namedtuple("WordStat", "word count share")

def words(text):
    table = str.maketrans("", "", string.punctuation)
    for w in text.translate(table).lower().split():
        yield w

counts = Counter(w for w in words(TEXT) if w not in STOP)
total = sum(counts.values())
print(f"{len(list(words(TEXT)))} words, {len(counts)} distinct non-stop, total {total}")
stats = [WordStat(w, n, n / total) for w, n in counts.most_common(8)]
width = max(len(s.word) for s in stats)
for s in stats:
    bar = "#" * s.count
    print(f"{s.word:>{width}} | {s.count:3d} {s.share:6.1%} {bar}")
print(stats[0]._asdict(), stats[0]._replace(count=0))
c2 = Counter("abracadabra")
print(c2, c2["z"], (c2 + Counter("aaz")).most_common(2), c2 - Counter("aaaaaaa"))
print(sorted(c2.elements())[:6], c2.total(), list((c2 & Counter("aab")).items()))
by_len = defaultdict(list)
for w in sorted(counts):
    by_len[len(w)].append(w)
for n in sorted(by_len)[-3:]:
    print(n, textwrap.shorten(", ".join(by_len[n]), width=50, placeholder=" [...]"))
print(textwrap.fill(TEXT.replace("\n", " "), width=60, initial_indent="  > ", subsequent_indent="    "))
print(textwrap.wrap("a " * 10, 7))
print(textwrap.dedent("""
    def f():
        return 1
""").strip())
print(textwrap.indent("one\n\ntwo", "| "))
print(repr(textwrap.fill("supercalifragilisticexpialidocious word", 10)))
letters = Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase)
vowels = {k: v for k, v in letters.items() if k in "aeiou"}
print(dict(sorted(vowels.items())), max(letters, key=letters.get))
sentences = re.split(r"(?<=[,.])\s+", TEXT.replace("\n", " "))
print(len(sentences), sentences[-1].capitalize(), sentences[3].title(), sentences[0].swapcase())
buf = io.StringIO()
print("header", "x", sep="\t", file=buf)
buf.write("line two\n")
print(buf.getvalue().splitlines(), buf.tell())
print(string.capwords("hello   wide world"), "Zebra".casefold(), "ab".center(8, "*"), "7".zfill(4), "-7".zfill(4))
print("a,b,,c".split(","), "a b  c".split(" "), " x ".strip(), "xxhixx".strip("x"), "a-b-c".rsplit("-", 1), "k=v=w".partition("="))
print("Hello".startswith(("He", "x")), "file.tar.gz".removesuffix(".gz"), "%s has %d items (%.1f%%)" % ("cart", 3, 12.345), "%-5s|%5s|" % ("ab", "cd"))
print("{:^10}|{:<4}|{:+d}|{:#x}|{:#o}|{:b}|{:e}|{:g}|{:,}".format("mid", "l", 5, 255, 8, 5, 12345.678, 0.00001234, 1234567))
print("{0}{1}{0}".format("ab", "cd"), "{name}:{n:03}".format(name="id", n=7), "{!r}".format("q"), format(3.14159, ".3"), format(1e20, ","), f"{1/3:.3g}", f"{12:_b}")
sys.stdout.write("done\n")
