print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, 1 + 2 << 1, 1 << 2 + 1)
print(6 & 3 | 8, 6 ^ 3 & 1, 5 | 2 ^ 3, ~1 + 1, -~5, not 1 == 2)
print(not True and False, not (True and False), True or False and False, (True or False) and False)
print(1 < 2 == 2, (1 < 2) == 2, 3 if 1 else 2 + 10, (3 if 0 else 2) + 10)
print(1 + 2 if False else 3 * 4, [1, 2] + [3] * 2, "a" + "b" * 2, -3 % 5, -(3 % 5))
x = 5
print(x > 3 and x < 10 or x == 0, 2 * -x, - - x, + - + x, x ** -1, 2 ** -1 * 4)
print(1 in [1] == True, (1 in [1]) == True, 0 is not None is not False)
lam = lambda a: a + 1 if a else 0
print(lam(1), lam(0))
print(not 0 + 1, 4 - -4, 3 * 2 ** 2, (3 * 2) ** 2, 2 ** 2 ** -1)
