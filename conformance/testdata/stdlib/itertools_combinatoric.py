from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])))
print(list(product("ab", repeat=0)))
print(list(permutations("ABC", 2)))
print(list(permutations(range(3))))
print(list(permutations("ab", 3)), list(permutations([], 0)))
print(len(list(permutations(range(5)))))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations("abc", 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(combinations_with_replacement(range(4), 3))))
try:
    combinations("abc", -1)
except ValueError as e:
    print("ValueError", e)
try:
    product("a", repeat=-1)
except ValueError as e:
    print("ValueError", e)
print(type(product()).__name__, type(permutations("")).__name__)
