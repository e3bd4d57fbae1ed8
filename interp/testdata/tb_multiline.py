def f(a,
      b):
    return a / b
values = [1, 2, 0]
total = sum(f(v, v - v) for v in values)
