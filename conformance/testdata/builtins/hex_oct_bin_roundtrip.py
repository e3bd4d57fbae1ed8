for n in [0, 1, 7, 8, 255, 256, 4095, -1, -255, 2 ** 32]:
    h, o, b = hex(n), oct(n), bin(n)
    print(n, h, o, b, int(h, 16), int(o, 8), int(b, 2), int(h, 0) == n)
print(f"{255:#06x} {255:#o} {5:#010b} {255:X}")
