print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), "".join(reversed("stressed")))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
for bad in [{1, 2}, iter([1]), 5]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
