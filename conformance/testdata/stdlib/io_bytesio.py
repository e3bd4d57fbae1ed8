import io
import os

b = io.BytesIO(b"abc\ndef\nghi")
print(b.tell(), b.read(2), b.readline(), b.readlines())
print(b.read(), b.tell())
b.seek(0)
print(list(b))
print(b.seek(-2, io.SEEK_END), b.read(), b.seek(-100, 1))
b.seek(1)
print(b.write(b"XYZ"), b.getvalue(), b.tell())
b.seek(15)
b.write(bytearray(b"!"))
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
arr = bytearray(3)
b.seek(0)
print(b.readinto(arr), arr)
print(bytes(b.getbuffer()[:2]))

for bad in (lambda: b.write("str"), lambda: b.seek(-1), lambda: b.seek(0, 3),
            lambda: b.truncate(-1), lambda: b.fileno()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

with io.BytesIO(b"q") as c:
    print(c.closed, c.readable(), c.writable(), c.seekable())
print(c.closed)
try:
    c.getvalue()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(c, io.BufferedIOBase), isinstance(c, io.IOBase), isinstance(c, io.TextIOBase))

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8")
print(w.write("héllo\nwörld\n"), w.encoding)
w.flush()
print(raw.getvalue())
r = io.TextIOWrapper(io.BytesIO("line1\r\nline2\nline3".encode()), encoding="utf-8")
print(r.readline().__repr__(), r.readlines())
print(isinstance(r, io.TextIOBase), r.readable())

path = "io_bytesio_tmp.bin"
with open(path, "wb") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
    f.write("α\nβ\n".encode("utf-8"))
with open(path, "rb") as f:
    t = io.TextIOWrapper(f, encoding="utf-8")
    print(t.read().split())
with io.open(path, "r", encoding="utf-8") as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.RawIOBase), f.readlines())
os.remove(path)
try:
    open(path, "w").read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, issubclass(io.UnsupportedOperation, OSError))
os.remove(path)
