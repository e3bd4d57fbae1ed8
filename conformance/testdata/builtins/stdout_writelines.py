# sys.stdout.writelines and sys.stderr.writelines write each string of an
# iterable in turn; a non-str item is refused as write() refuses it.
import sys

sys.stdout.writelines(["l1\n", "l2\n"])
sys.stdout.writelines(f"gen {i}\n" for i in range(2))
sys.stdout.writelines([])
sys.stderr.writelines(["to stderr\n"])
print(sys.stdout.write("direct\n"))
try:
    sys.stdout.writelines(["ok\n", 5])
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.writelines(5)
except TypeError as e:
    print("TypeError", e)
