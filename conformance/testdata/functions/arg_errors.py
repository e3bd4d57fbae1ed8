def f(x, y):
    return x + y
def g(a, /, b, *, c):
    return a
def h(*, key):
    return key
def k(a, b=1):
    return a
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, x=2),
    lambda: g(1, 2, 3),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: h(),
    lambda: k(1, 2, 3),
    lambda: k(b=2),
    lambda: f(**{"x": 1, "y": 2, "w": 3}),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: f(*1),
    lambda: f(**[1]),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class C:
    def method(self, x):
        return x
try:
    C().method()
except TypeError as e:
    print("TypeError:", e)
try:
    C().method(1, 2)
except TypeError as e:
    print("TypeError:", e)
