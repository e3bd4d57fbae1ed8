"""A plain Python program: rebeam runs it as python3 would."""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for i in range(10):
    print(i, fib(i))
