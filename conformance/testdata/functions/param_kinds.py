def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, z=9))
print(f(1, c=7, d=8, e=9, b=10))
def pos_only(x, y, /):
    return x - y
print(pos_only(5, 3))
def kw_only(*, key, value=None):
    return (key, value)
print(kw_only(key=1), kw_only(value=2, key=3))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*range(3), 9))
def kw(**opts):
    return sorted(opts.items())
print(kw(), kw(b=1, a=2), kw(**{"x": 1}, y=2))
def mixed(a, *rest, last="L"):
    return a, rest, last
print(mixed(1, 2, 3), mixed(1, last="X"), mixed(*[1, 2], **{"last": "Y"}))
args = (1, 2)
kwargs = {"d": 4}
print(f(*args, **kwargs), f(*args, 3, *[4], d=0))
def defaults(x, y=[], z={}):
    return len(y), len(z)
print(defaults(1), defaults.__defaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
