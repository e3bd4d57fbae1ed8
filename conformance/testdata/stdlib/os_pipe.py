# os.pipe, and os.read/os.write and open() on its two ends.
import os
r, w = os.pipe()
print(os.write(w, b"hello through a pipe"))
print(os.read(r, 5), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
r, w = os.pipe()
with open(w, "w") as f:
    f.write("line one\nline two\n")
with open(r) as f:
    print(f.read().splitlines())
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e.errno)
