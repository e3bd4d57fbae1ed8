match {"k": [1, 2]}:
    case {"k": [a, *rest]} if a > 0:
        print("matched", a, rest)
    case _:
        print("no")
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for v in [P(0, 1), P(2, 3), 5, "s", (1, 2, 3)]:
    match v:
        case P(0, y):
            print("on y axis", y)
        case P(x=x, y=y):
            print("point", x, y)
        case int() | str() as scalar:
            print("scalar", scalar)
        case (first, *others):
            print("seq", first, others)
