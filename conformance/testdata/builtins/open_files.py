import os
name = "tmp_open_files_test.txt"
with open(name, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third\n")
print("wrote", n)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline().rstrip(), "|", f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(name, "a") as f:
    print("appended", file=f)
with open(name, encoding="utf-8") as f:
    print(f.read().splitlines()[-1])
bname = "tmp_open_files_test.bin"
with open(bname, "wb") as f:
    f.write(bytes(range(5)) + "é".encode())
with open(bname, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(bname, "rb") as f:
    print(f.read(2), f.read(2), f.read())
f = open(name)
print(f.closed, end=" ")
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(name)
os.remove(bname)
print(os.path.exists(name), os.path.exists(bname))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.filename)
