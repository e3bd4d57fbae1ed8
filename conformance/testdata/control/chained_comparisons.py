x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < x < 3)
print(0 <= x <= 4, 1 != 2 != 1, 1 < 2 < 3 < 4 < 5 > 0)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
print("a" < "b" < "c", [1] < [2] <= [2], (1, 2) == (1, 2) != (2, 1))
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[2]])
a = b = [1]
print(a is b is not None, a is b is None)
