print(int("10", 2), int(), int("  7 "), float("1e3"), float(), float("-inf"))
print(str(b"x", "utf-8"), str(), str(3.0), bytes(3), bytes(), bytes("ab", "ascii"), bytearray(b"q"))
print(list("ab"), list(), tuple(), tuple([1, 2]), dict(a=1), dict(), dict([(1, 2)], b=3))
print(set(), set("aab") == {"a", "b"}, frozenset(), frozenset([1]), sorted(set([3, 1])))
print(complex(1, 2), complex(), complex("3+4j"), complex(1.5), bool([]), bool([0]), bool(), bool("x"))
X = type("X", (), {"a": 1, "hello": lambda self: "hi"})
print(X.__name__, X.a, X().hello(), type(X).__name__)
Y = type("Y", (X,), {})
print(Y.__mro__[1] is X, Y().a)
o = object()
print(type(o).__name__, o.__class__ is object)
print(slice(1, 2), slice(5), slice(1, 10, 2), range(5), range(1, 5), range(0, 10, 3))
print(memoryview(b"ab").tobytes(), type(None)(), type(1)("5"), type("")(7))
try:
    type("Z", "not a tuple", {})
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
