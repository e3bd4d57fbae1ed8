ba = bytearray(b"hello")
print(ba, len(ba))
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 74)
ba.remove(ord("E"))
print(ba)
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray())
print(ba.upper(), ba.find(b"o"), bytes(ba), ba == bytes(ba), ba + b"!", ba * 2)
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2.count(b"a"), ba2.decode())
ba2.clear()
print(ba2, len(ba2))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(ba)
except TypeError as e:
    print("TypeError:", e)
c = bytearray(b"xyz")
d = c.copy()
d[0] = ord("X")
print(c, d, c[::-1], c[1:])
