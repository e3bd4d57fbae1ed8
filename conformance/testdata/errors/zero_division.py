for c in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(5, 0), lambda: 0 ** -1, lambda: 10 ** 30 // 0, lambda: 1.5 % 0.0]:
    try:
        c()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
print(average([]))
