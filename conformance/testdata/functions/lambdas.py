square = lambda x: x * x
print(square(5), square.__name__, (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3))
print((lambda x, y=10: x + y)(1), (lambda x, /, *, y: x * y)(2, y=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
table = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print({k: f(7, 3) for k, f in table.items()})
print((lambda: (yield 1)) is not None, list((lambda: (yield 5))()))
print(type(square).__name__, square.__qualname__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
