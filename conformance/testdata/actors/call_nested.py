# call suspends the calling Python code at any depth: inside nested
# functions, a loop, a comprehension, a generator, a method, a lambda
# used as a sort key (called back from Go), both in the script body and
# in a handler. The caller's other state is untouched meanwhile.
from rebeam import GenPy, receive, call, spawn, shutdown


class Square(GenPy):
    @receive("sq")
    def sq(self, message):
        return message * message


class Summer(GenPy):
    def __init__(self, square):
        self.square = square

    @receive("sum")
    def total(self, message):
        def deep(xs, level):
            if level == 0:
                return sum(call(self.square, "sq", x)[1] for x in xs)
            return deep(xs, level - 1)
        before = dict(self.state)
        self.state["last"] = message
        result = deep(message, 5)
        return result, before


sq = spawn(Square())
summer = spawn(Summer(sq))


def outer(n):
    def middle(k):
        return [call(sq, "sq", i)[1] for i in range(k)]
    return middle(n)


def gen(n):
    for i in range(n):
        yield call(sq, "sq", i)[1]


class Client:
    def __init__(self, target):
        self.target = target

    def ask(self, x):
        return call(self.target, "sq", x)


local = {"kept": [1, 2, 3]}
print(outer(4))
print(list(gen(4)))
print(Client(sq).ask(9))
print(sorted([3, -4, 1, -2], key=lambda x: call(sq, "sq", x)[1]))
print(max(range(-3, 3), key=lambda x: call(sq, "sq", x)[1]))
print(call(summer, "sum", [1, 2, 3]))
print(call(summer, "sum", [4]))
print(local)
shutdown()
