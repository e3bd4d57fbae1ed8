b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(3)), bytes(b"x"))
print(b"a" + b"b", b"ab" * 3, b"ell" in b, 108 in b, b.count(b"l"), b.find(b"l"), b.index(b"o"))
print(b.upper(), b.title(), b.replace(b"l", b"L"), b.split(b"l"), b" x ".strip(), b"a,b".split(b","))
print(b.startswith(b"he"), b.endswith(b"lo"), b.isalpha(), b"123".isdigit(), b.hex(), b.hex(":"))
print(bytes.fromhex("41 42 43"), b"\x00\xff\n\t'", repr(b'"'), b"\\")
print(b.decode(), b"-".join([b"a", b"b"]), b.center(9, b"*"), b.zfill(7), b.partition(b"l"))
print(b == b"hello", b < b"help", b"" < b"\x00", b == "hello")
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError:", e)
print(hash(b"abc") == hash(b"abc"), type(b[0]).__name__, type(b[0:1]).__name__)
print(b"%05.1f|%-4s|%x" % (3.14159, b"ab", 255))
for byte in b"AZ":
    print(byte, chr(byte))
