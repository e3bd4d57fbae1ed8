import sys
print("bye")
sys.exit("fatal: configuration missing")
