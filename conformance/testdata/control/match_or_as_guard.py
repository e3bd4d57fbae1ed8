def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case [("quit" | "exit") as word]:
            return f"bye ({word})"
        case [n] if n.isdigit() and int(n) > 10:
            return "big number"
        case [n] if n.isdigit():
            return "small number"
        case _:
            return "unknown command"
for c in ["go north", "go up", "pick up key", "take lamp", "drop a b", "drop", "quit", "exit", "42", "7", ""]:
    print(repr(c), "->", classify(c))
calls = []
def guard(v):
    calls.append(v)
    return v > 1
match 3:
    case 1 if guard(1):
        pass
    case n if guard(n):
        print("guard passed for", n)
print(calls)
match (1, 2):
    case (1, x) | (x, 1):
        print("or-pattern binds x =", x)
