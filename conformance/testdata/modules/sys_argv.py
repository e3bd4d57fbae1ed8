import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
