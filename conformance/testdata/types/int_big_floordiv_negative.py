# Floor division and modulo of big ints by negative divisors: the
# quotient rounds toward minus infinity and the remainder takes the
# divisor's sign.
big = 15199648742375424000000000
for a in (big, -big, 10 ** 30 + 7, -(10 ** 30 + 7), 2 ** 64, -(2 ** 64) + 1):
    for b in (-3431531809823785, -(10 ** 16 + 3), -7, -2 ** 70, 3431531809823785, 7):
        q, r = divmod(a, b)
        print(q, r, a // b == q, a % b == r, q * b + r == a, (r == 0) or ((r < 0) == (b < 0)))
print(divmod(7, -2), divmod(-7, -2), divmod(2 ** 65 + 1, -2), divmod(-(2 ** 65) - 1, -2))
