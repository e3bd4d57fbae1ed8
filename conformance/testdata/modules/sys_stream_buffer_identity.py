# sys.stdout.buffer (and stderr's, stdin's) is one object, the same each time.
import sys

out = sys.stdout.buffer
print(out is sys.stdout.buffer, sys.stderr.buffer is sys.stderr.buffer, sys.stdin.buffer is sys.stdin.buffer)
print(out is not sys.stderr.buffer)
sys.stdout.flush()
out.write(b"written through the buffer\n")
out.flush()
