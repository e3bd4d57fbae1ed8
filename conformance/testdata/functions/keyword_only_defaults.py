def connect(host, *, port=80, secure=False, timeout=None):
    return f"{host}:{port} secure={secure} timeout={timeout}"
print(connect("a"), connect("b", port=443, secure=True), connect("c", timeout=1.5))
print(connect.__kwdefaults__, connect.__defaults__)
try:
    connect("x", 8080)
except TypeError as e:
    print("TypeError:", e)
def f(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, kw
print(f(0, c=3), f(0, 5, 6, 7, c=3, e=9))
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
def g(*, a, b):
    return a - b
try:
    g(b=1)
except TypeError as e:
    print("TypeError:", e)
try:
    g()
except TypeError as e:
    print("TypeError:", e)
def h(a, b, c, d):
    pass
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
