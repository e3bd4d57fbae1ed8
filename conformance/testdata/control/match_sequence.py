def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "str", range(3)]:
    print(repr(s), "->", shape(s))
match [1, [2, 3]]:
    case [a, [b, c]]:
        print("nested", a, b, c)
match (1, 2, 3):
    case (1, *_):
        print("starts with 1")
match [0, 0]:
    case [0, 0] | [1, 1]:
        print("pair of equal bits")
match {"not": "a sequence"}:
    case [*_]:
        print("no")
    case _:
        print("a dict is not a sequence pattern")
