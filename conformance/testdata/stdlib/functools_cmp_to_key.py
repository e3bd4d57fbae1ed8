from functools import cmp_to_key


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'plum', 'fig']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_len_then_alpha)), max(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(type(K(1)).__name__, K(5).obj, K(1) < K(2), K(1) > K(2), K(2) == K(2), K(2) != K(3), K(1) <= K(1), K(3) >= K(4))
print(sorted([3.5, 1.25, 2.0], key=cmp_to_key(lambda a, b: a - b)))
print(sorted([1, 2, 3, 4, 5, 6], key=cmp_to_key(lambda a, b: (a % 2) - (b % 2))))
print(sorted(['b', 'a', 'c'], key=cmp_to_key(lambda a, b: (a < b) - (a > b))))
print(sorted([(1, 'x'), (0, 'y'), (1, 'a')], key=cmp_to_key(lambda a, b: a[0] - b[0])))
data = list(range(20))
data.sort(key=cmp_to_key(lambda a, b: (b % 5 - a % 5) or (a - b)))
print(data)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', e)
try:
    K(1) < 3
except TypeError as e:
    print('TypeError', e)
try:
    sorted([1, 'a'], key=cmp_to_key(lambda a, b: a - b))
except TypeError as e:
    print('TypeError', e)


def failing(a, b):
    raise ValueError('no compare %r %r' % (a, b))


try:
    sorted([2, 1], key=cmp_to_key(failing))
except ValueError as e:
    print('ValueError', e)
print(sorted([], key=cmp_to_key(failing)), sorted([7], key=cmp_to_key(failing)))
