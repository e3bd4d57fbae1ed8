cases = [
    lambda: int("x"),
    lambda: float("1.2.3"),
    lambda: [1, 2].index(5),
    lambda: "abc".index("z"),
    lambda: list(range(3)).remove(9),
    lambda: chr(-5),
    lambda: "a b".split(""),
    lambda: int("12", 50),
    lambda: "x".encode("no-such-codec"),
    lambda: bytes.fromhex("zz"),
    lambda: (lambda a, b: 0)(*[1, 2, 3][:2]) or int("4.5"),
    lambda: complex("1+"),
]
for c in cases:
    try:
        c()
    except (ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)
a, b = (1, 2, 3)
