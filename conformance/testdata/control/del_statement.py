x = 5
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
a, b, c = 1, 2, 3
del a, b
print("c" in globals(), "a" in globals())
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
def local_del():
    v = [1]
    w = v
    del v
    return w
print(local_del())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
