"""Recursive calls: naive Fibonacci and a mutually recursive pair."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


total = fib(31)
parity = 0
for k in range(4000):
    if is_even(k % 400):
        parity += 1
ack = ackermann(2, 300)
print("fib(31) =", total)
print("even count =", parity)
print("ackermann(2, 300) =", ack)
