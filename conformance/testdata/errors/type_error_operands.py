cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: {} + {},
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: [1] * 1.5,
    lambda: None + 1,
    lambda: 1 < "a",
    lambda: [] < {},
    lambda: -"a",
    lambda: ~1.5,
    lambda: 2 ** "x",
    lambda: "abc" / 2,
    lambda: {1} + {2},
    lambda: b"a" + "b",
    lambda: "a" + b"b",
    lambda: 1 @ 2,
    lambda: divmod("a", 1),
    lambda: (1, 2) + [3],
    lambda: "%d" % "s",
    lambda: 5 | 1.0,
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
