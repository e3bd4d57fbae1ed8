import sys


def names():
    f = sys._getframe(1)
    out = []
    while f is not None:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out


def key(x):
    print(names())
    return x


def run():
    sorted([1], key=key)
    list(map(key, [1]))

    class A:
        def __init__(self):
            print(names())

        def __eq__(self, o):
            print(names())
            return True
        print(names())
    A() == A()
    exec("print(names())")


run()


def g():
    yield sys._getframe().f_back.f_code.co_name


print(next(g()), [x for x in g()])
print(sys._getframe().f_back)
try:
    raise ValueError
except ValueError as e:
    print(e.__traceback__.tb_frame.f_back)
