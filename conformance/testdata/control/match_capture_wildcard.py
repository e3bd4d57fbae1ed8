def check(value):
    match value:
        case 42:
            return "the answer"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case other:
            return f"captured {other!r}"
for v in [42, "long text", "ab", [1]]:
    print(check(v))
match 5:
    case _:
        print("wildcard always matches")
match (1, 2):
    case (x, _):
        print("x bound to", x)
print("capture leaks to enclosing scope:", x)
match "value":
    case name:
        pass
print(name)
