cases = [
    lambda: len(5),
    lambda: int([1]),
    lambda: float({}),
    lambda: "x"[1.0],
    lambda: [1][None],
    lambda: {"a": 1}[[1]],
    lambda: None(),
    lambda: iter(None),
    lambda: sorted(5),
    lambda: "".join([1]),
    lambda: abs(None),
    lambda: list(1),
    lambda: range("3"),
    lambda: "abc".startswith(1),
    lambda: isinstance(1, "int"),
    lambda: (1,)[0:1:"x"],
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
