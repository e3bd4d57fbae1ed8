import io
import sys
from contextlib import redirect_stderr, redirect_stdout

sys.stdin = io.StringIO("alice\nbob\n\nlast")
print(input(), input("prompt> "))
out = io.StringIO()
with redirect_stdout(out):
    name = input("name? ")
print(repr(name), repr(out.getvalue()))
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
sys.stdin = sys.__stdin__

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("written\n")
print(repr(err.getvalue()))

chunks = []


class Recorder:
    def write(self, s):
        chunks.append(s)
        return len(s)

    def flush(self):
        pass


print("a", "b", 3, sep=", ", end="!\n", file=Recorder())
print(chunks)
old = sys.stdout
sys.stdout = Recorder()
print("x")
sys.stdout = old
print(chunks[-2:])

path = "io_redirect_tmp.txt"
with open(path, "wb") as raw:
    w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
    print(w.write("one\ntwo\n"), w.writable(), w.readable())
    w.flush()
    w.detach()
with open(path, "rb") as raw:
    print(raw.read())
import os
os.remove(path)


class Counting:
    def __init__(self):
        self.flushes = 0
        self.data = []

    def write(self, s):
        self.data.append(s)

    def flush(self):
        self.flushes += 1


cw = Counting()
print("a", file=cw)
print("b", file=cw, flush=True)
print("c", file=cw, flush=0)
print(cw.flushes, "".join(cw.data).split())
