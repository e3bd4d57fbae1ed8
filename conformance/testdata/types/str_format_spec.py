# The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
specs = ["", "10", "<10", ">10", "^10", "*^10", "-^11", "+", " ", "010", ",", "_", ".3", "10.3", "e", ".2e", "g", ".2%", "#x", "=+12,.2f"]
for spec in specs:
    try:
        print(repr(spec), repr(format(1234.5678, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for spec in ["", "10", "<10", "^9", ".2", "x<8"]:
    print(repr(spec), repr(format("text", spec)))
for spec in ["d", "5d", "+05d", "x", "#o", ",", "_b", "c", "=10", "e"]:
    print(repr(spec), repr(format(300, spec)))
print(repr(format(-0.0, "z.1f")), repr(format(-0.001, "z.1f")), repr(format(-0.001, ".1f")))
for bad in [("abc", "d"), (1.5, "d"), (10, "s"), ("x", "+"), (3, ".2")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(format(True, ""), format(True, "d"), format(None, ""), format([1, 2], ""))
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
