x = None
print(x)
print(repr(x), str(x))
print(x is None, x is not None, x == None)
print(bool(x), not x)
print(type(x).__name__)
def f():
    pass
print(f() is None)
print([None, None].count(None))
d = {None: "nothing"}
print(d[None])
print(None.__class__ is type(None))
print(hash(None) == hash(None))
y = x or "default"
print(y)
print(None if 0 else "zero is falsy")
