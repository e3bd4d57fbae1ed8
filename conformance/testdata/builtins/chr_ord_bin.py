print(chr(97), chr(0x263A), chr(0), repr(chr(10)), chr(0x10FFFF) == "\U0010ffff")
print(ord("a"), ord("\n"), ord("ÿ"), ord("☺"), ord(b"A"), ord(bytearray(b"z")))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(5)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(bin(10), oct(10), hex(10), bin(-10), oct(-8), hex(-255), bin(0), hex(2 ** 64))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
