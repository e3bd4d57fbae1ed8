print(hash(1) == hash(1.0) == hash(True), hash(0), hash(12345), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(()))
print(hash(1.5), hash(-0.5), hash(10 ** 20), hash(-(10 ** 20)))
print(hash((1, (2, 3))) == hash((1, (2, 3))), isinstance(hash("s"), int))
for bad in [[1], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = object()
print(id(x) == id(x), isinstance(id(x), int))
class H:
    def __hash__(self):
        return 99
print(hash(H()))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
