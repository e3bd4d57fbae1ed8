print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~0, ~5, ~-1, ~-6)
print(1 << 10, 1 << 70, 1024 >> 3, -1024 >> 3, -1 >> 100)
print(-5 & 0xFF, -5 | 2, -5 ^ 3, -12 & -7)
print((2 ** 80 - 1) & (2 ** 40 + 5))
print((-(2 ** 80)) >> 70)
print(255 & ~15)
x = 0b1
x <<= 5; x |= 0b11; x &= 0b111110; x ^= 0b1; x >>= 1
print(x, bin(x))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
