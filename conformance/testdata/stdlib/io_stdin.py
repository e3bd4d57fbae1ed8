import sys

print(sys.stdin.buffer.readline())
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)), repr(sys.stdin.readline()))
print(repr(input()))
print(sum(map(int, sys.stdin.readline().split())))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(sys.stdin.readable(), sys.stdout.writable(), sys.stdin.name)
sys.stdout.flush()
n = sys.stdout.buffer.write(b"bytes out\n")
sys.stdout.buffer.flush()
print(n)
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError:", e)
