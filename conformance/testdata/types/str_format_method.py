print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{0}{0}".format("x"))
print("{name}={value}".format(name="k", value=3), "{0[1]} {1[key]}".format([5, 6], {"key": "v"}))
class P:
    x = 10
    y = "why"
print("{0.x} {0.y}".format(P()), "{p.x}".format(p=P))
print("{{literal}} {}".format(1), "{:>5}|{:<5}|{:^5}|".format("a", "b", "c"))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=3))
print("{0:{1}}".format("pad", 8) + "|")
print("{}".format([1, "two"]), "{}".format({"a": 1}))
print("{:,}".format(1234567), "{:08.3f}".format(-3.5), "{:#x}".format(255))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} and {y}".format_map(Missing(x="X")))
for bad in ["{", "}", "{0", "{:d}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
