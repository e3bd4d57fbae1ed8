b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], bytes(m[0:5]), m.tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.itemsize, m.format)
m[0] = ord("H")
print(b)
m[6:11] = b"WORLD"
print(b)
sub = m[6:]
print(bytes(sub), sub.tobytes().decode())
ro = memoryview(b"abc")
print(ro.readonly, ro == b"abc", ro[1], bytes(ro[::-1]))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(m.hex(), bytes(memoryview(b"xyz")[1:]))
with memoryview(bytearray(b"q")) as mv:
    print(mv.tobytes())
print(mv.__class__.__name__)
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
