def divide(a, b, /):
    return a / b
print(divide(10, 4))
try:
    divide(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
def mixed(x, /, y, *, z):
    return (x, y, z)
print(mixed(1, 2, z=3), mixed(1, y=2, z=3))
def collides(name, /, **kwargs):
    return name, kwargs
print(collides("pos", name="kw"))
def default_po(a, b=10, /, c=20):
    return a + b + c
print(default_po(1), default_po(1, 2), default_po(1, 2, 3), default_po(1, c=0))
print(divide.__code__.co_posonlyargcount, mixed.__code__.co_kwonlyargcount)
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
