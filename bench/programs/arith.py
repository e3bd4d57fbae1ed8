"""Loops of integer and float arithmetic, with nested ranges."""


def int_work(n):
    acc = 0
    for i in range(n):
        for j in range(1, 40):
            acc += (i * j) % 7 - (i ^ j) + (i // j)
            acc &= 0xFFFFFFF
    return acc


def float_work(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x += (y * 0.5) - (i / (i + 1.0))
        y = y * 1.0000001 + 0.25 / (1.0 + abs(x))
    return round(x, 6), round(y, 6)


def collatz_max(limit):
    best = 0
    best_start = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > best:
            best = steps
            best_start = start
    return best_start, best


print("int:", int_work(22000))
print("float:", float_work(700000))
print("collatz:", collatz_max(30000))
