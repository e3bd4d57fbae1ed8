print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
print(len(bytearray(4)), len(frozenset("aab")), len(range(0, 10, 3)), len("日本"), len({}.keys()))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in [5, None, 3.5, iter([1])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
