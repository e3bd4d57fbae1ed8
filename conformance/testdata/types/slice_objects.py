class Spy:
    def __getitem__(self, key):
        return key
s = Spy()
print(s[1], s[1:2], s[1:2:3], s[:], s[::2], s[1:], s[:, 1], s[1, 2:3], s[...], s[::-1])
sl = slice(2, 10, 2)
print(sl.start, sl.stop, sl.step, sl)
print(sl.indices(5), sl.indices(100), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(5) == slice(None, 5, None), slice(1, 2) != slice(1, 3))
data = "abcdefghij"
print(data[sl], data[slice(None, None, -2)], data[slice(-3, None)])
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
print(type(sl).__name__, repr(slice(None)), repr(slice("a", "b")))
class Index:
    def __index__(self):
        return 3
print(data[Index()], data[:Index()], [0, 1, 2, 3, 4][Index():], range(10)[Index()])
print(Ellipsis, ..., Ellipsis is ...)
