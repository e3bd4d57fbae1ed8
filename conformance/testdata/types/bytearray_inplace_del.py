a = bytearray(b"ab")
b = a
b += b"cd"
print(a, a is b)
b += bytearray(b"!")
b += memoryview(b"?")
print(a)
del a[2:4]
print(a)
del a[::2]
print(a, b)
c = bytearray(range(10))
del c[1:8:3]
del c[-1]
print(c)
