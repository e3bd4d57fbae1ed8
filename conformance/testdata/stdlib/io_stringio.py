import io
import sys
from contextlib import redirect_stdout

s = io.StringIO()
print(s.write("hello\n"), s.write("world"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.read()))
print(repr(s.read()), s.tell())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))

t = io.StringIO("a\nb\nc")
print(t.tell(), t.readlines())
t.seek(0)
print([line for line in t])
t.seek(0, io.SEEK_END)
print(t.tell(), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

with io.StringIO("x") as u:
    print(u.closed, u.readable(), u.writable(), u.seekable())
print(u.closed)
for op in (u.read, u.getvalue, lambda: u.write("a"), u.tell):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

for bad in (lambda: io.StringIO(b"x"), lambda: io.StringIO().write(5),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().fileno()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, io.UnsupportedOperation))

buf = io.StringIO()
print("to buffer", 1, 2, sep="-", file=buf)
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured), repr(buf.getvalue()))
with redirect_stdout(io.StringIO()) as r:
    print("redirected")
    sys.stdout.write("w\n")
print(repr(r.getvalue()))

n = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(n.getvalue()), n.newlines)
m = io.StringIO(newline="\r\n")
m.write("x\ny\n")
print(repr(m.getvalue()))
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(isinstance(sys.stdout, io.TextIOBase), io.open is open)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


up = Upper()
print("sub", "class", file=up)
print(repr(up.getvalue()))
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.closed, sys.stdout.encoding.lower())
