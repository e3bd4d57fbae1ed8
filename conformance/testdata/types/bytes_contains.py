# x in bytes / bytearray: a byte value must be in range(256), a subsequence must be
# bytes-like; b"\x00" does not contain 256.
class I:
    def __index__(self): return 97
for hay in (b"\x00abc", bytearray(b"\x00abc")):
    for x in (97, 0, 256, -1, 2**70, True, b"bc", bytearray(b"ab"), memoryview(b"c"), b"", b"zz", I(), "a", 1.0, None):
        try:
            print(type(hay).__name__, repr(x) if not isinstance(x, (I, memoryview)) else type(x).__name__, x in hay)
        except Exception as e:
            print(type(hay).__name__, type(e).__name__, e)
