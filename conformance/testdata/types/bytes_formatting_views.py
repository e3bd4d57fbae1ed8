# bytes % formatting, bytearray editing and memoryview slicing.
print(b"%s=%d (%x) %5.1f%%" % (b"key", 42, 255, 99.44))
print(b"%-6s|%6s|" % (b"ab", bytearray(b"cd")), b"%c%c" % (72, b"i"), b"%r %a" % (b"x", "\xe9"))
print(b"%(name)s is %(age)03d" % {b"name": b"eve", b"age": 7})
print(bytearray(b"<%s>") % b"tag", b"%b" % memoryview(b"mv"))
try:
    b"%s" % "text"
except TypeError as e:
    print("TypeError:", e)
buf = bytearray(b"hello world")
buf[0:5] = b"HOWDY"
buf.insert(5, ord(","))
buf.extend(b"!!")
buf.remove(ord("!"))
print(buf, buf.pop(), buf.find(b"world"), buf.count(b"o"), buf.startswith(b"HOW"))
buf += b"?"
buf *= 2
print(buf, len(buf), buf[::-1][:3], bytes(buf[:5]).lower())
view = memoryview(buf)
print(view[0], bytes(view[6:11]), view[::3].tobytes(), view[-1])
view[0:5] = b"howdy"
print(buf[:12])
print(b"abc" < b"abd", bytearray(b"b") > b"a", b"ab" == bytearray(b"ab"), memoryview(b"ab") == b"ab")
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c").tobytes()]), b"abc" + bytearray(b"d"))
print(list(memoryview(b"\x01\x02\x03")), sum(memoryview(bytearray(range(10)))[2:5]))
m = memoryview(b"frozen")
try:
    m[0] = 70
except TypeError as e:
    print("TypeError:", e)
m.release()
try:
    len(m)
except ValueError as e:
    print("ValueError:", e)
print(hash(memoryview(b"ab")) == hash(b"ab"), bytes(5), bytearray(2), bytes(range(65, 70)))
