import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max, initial=2)))
print(list(it.accumulate([], initial=100)), list(it.accumulate([])))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain()))
print(list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.filterfalse(None, [0, 1, "", "a", None])))
for k, g in it.groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in it.groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for k, g in it.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
groups = list(it.groupby("aabb"))
print([(k, list(g)) for k, g in groups])
print(list(it.pairwise("ABCDE")), list(it.pairwise("A")))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee("ab", 3)
print(list(x), list(y), list(z), it.tee("a", 0))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(it.zip_longest([1, 2], [3], [4, 5, 6])))
print(list(it.zip_longest()))
print(type(it.chain()).__name__, type(it.groupby("")).__name__)
