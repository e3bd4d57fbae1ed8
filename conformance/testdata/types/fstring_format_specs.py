# String processing with f-strings and the format-spec mini-language.
items = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.125), ("kiwi fruit", 7, 10)]
print(f"{'item':<12}|{'qty':>5}|{'price':>8}|{'total':>9}")
print(f"{'':-<12}+{'':->5}+{'':->8}+{'':->9}")
for name, qty, price in items:
    print(f"{name:<12}|{qty:>5d}|{price:>8.2f}|{qty * price:>9,.2f}")
total = sum(q * p for _, q, p in items)
print(f"{'TOTAL':^12}|{sum(q for _, q, _ in items):^5}|{'':8}|{total:>9.3f}")
n = 1234567.891
print(f"{n:,}", f"{n:_.2f}", f"{n:e}", f"{n:.3g}", f"{n:%}", f"{0.256:.1%}", f"{n:015.2f}", f"{-n:+.1f}", f"{n: .0f}")
i = 255
print(f"{i:b} {i:o} {i:x} {i:X} {i:#b} {i:#o} {i:#x} {i:08b} {i:_b} {i:,d} {i:c}")
print(f"{'x':*^9}", f"{'left':<8}|", f"{'right':>8}|", f"{3.0:=+8.2f}", f"{-42:=8d}", f"{42:^+8}")
width, prec = 10, 3
print(f"[{3.14159265:{width}.{prec}f}]", f"[{'abc':>{width}}]", f"[{12:0{width}d}]")
name = "World"
print(f"{name!r} {name!s} {name!a} {'é'!a} {name=} {width * 2 = }")
print(f"{{literal braces}} {name.upper():.3} {len(name):03}")
nested = {"a": [1, 2, {"b": "deep"}]}
print(f"{nested['a'][2]['b']:>6} {nested['a'][0] + nested['a'][1]}")
print(f"{'multi' if width > 5 else 'single'}", f"{[x ** 2 for x in range(4)]}", f"{(lambda v: v * 3)(7)}")
print("{:>6}|{:<6}|{:^6}".format("a", "b", "c"), "{0}{1}{0}".format("ab", "-"), "{x[1]} {y.real}".format(x=[5, 6], y=3j))
print("%5s|%-5s|%05d|%.2e|%x|%%" % ("s", "t", 42, 12345.678, 255), "%(a)s+%(b)s" % {"a": 1, "b": 2})
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return f"{self.c * 9 / 5 + 32:{spec[:-1]}f}F"
        return f"{self.c:{spec}}C"
t = Temp(21.5)
print(f"{t:.1F} {t:.2f} {t}", format(t, "5.0F"))
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(f"{w[0].upper()}{w[1:]}" for w in words), max(words, key=len).center(11, "."))
print(f"{'|'.join(w.rjust(5) for w in words[:3])}", "-".join(sorted(set("mississippi"))))
print(f"{1e-7:g} {1e16:g} {123456789:.2e} {0.1 + 0.2:.17g} {float('inf'):>6} {float('nan'):^7}")
