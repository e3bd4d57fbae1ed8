# open() in text and binary modes: tell, seek, r+ and a+, newlines, iteration and errors.
PATH = "/tmp/rebeam_conformance_file_modes.txt"
with open(PATH, "w") as f:
    print(f.write("line1\nline2\r\nline3"), f.tell(), f.writable(), f.readable(), f.name == PATH, f.mode)
with open(PATH) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)), repr(f.readline(2)))
    f.seek(0)
    print(f.readlines())
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__, e)
with open(PATH, "rb") as f:
    print(f.read(), repr(f).replace(PATH, 'PATH'))
with open(PATH, "r+") as f:
    f.write("LINE")
    f.seek(0)
    print(repr(f.read()))
with open(PATH, "a+") as f:
    f.write("\nmore")
    f.seek(0)
    print(len(f.read()))
f = open(PATH, encoding="utf-8")
print(next(f), next(iter(f)), list(f))
f.close()
try:
    open(PATH, "q")
except ValueError as e:
    print(e)
import sys
print(sys.stdout.write("x\n"))
print(open(PATH).read().count("\n"), repr(open(PATH, newline="").read()[:14]))
