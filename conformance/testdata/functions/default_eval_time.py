counter = [0]
def stamp():
    counter[0] += 1
    print("stamp evaluated", counter[0])
    return counter[0]
def f(x=stamp()):
    return x
print(f(), f(), f(99))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
value = 10
def snapshot(v=value):
    return v
value = 20
print(snapshot())
def kwdefault(*, k=stamp()):
    return k
print(kwdefault(), kwdefault.__kwdefaults__)
f.__defaults__ = (500,)
print(f())
