def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case (1, 2) | [3, 4]:
            return "specific pair"
        case tuple((a, b)):
            return f"tuple pair {a},{b}"
        case list() | tuple():
            return f"sequence of {len(v)}"
        case dict(d) if not d:
            return "empty dict"
        case dict():
            return f"dict keys {list(v)}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case None:
            return "None"
        case _:
            return type(v).__name__
for v in [True, -3, 4, 1.5, "s", (1, 2), [3, 4], ("a", "b"), [1, 2, 3], {}, {"k": 1}, {1, 2}, frozenset(), None, 2j]:
    print(kind(v))
match [1, 2]:
    case (1, 2):
        print("tuple pattern matches a list")
match "abc":
    case [*chars]:
        print("never: str is not a sequence here")
    case _:
        print("strings do not match sequence patterns")
