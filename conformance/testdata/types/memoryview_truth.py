# A memoryview is true when it has items, false when empty.
m = memoryview(b"abc")
print(bool(m), bool(m[3:]), bool(memoryview(b"")), not m[:0])
view = memoryview(b"0123456789")
chunks = []
while view:
    chunks.append(bytes(view[:4]))
    view = view[4:]
print(chunks)
