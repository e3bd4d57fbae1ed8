import sys
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="", end="!\n")
print()
print(1, 2.5, None, True, [1], sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=",")
print("multi", "end", end="\n\n")
print(sep="ignored")
print("sep None", "uses space", sep=None, end=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
