t, f = True, False
print(t and f, t or f, not t, t & f, t | f, t ^ f, t ^ t)
print(t + t + t, t * 7, -t, f ** 0, t / 2, t // 2, t % 2, 7 * f)
print(type(t & f).__name__, type(t + f).__name__, type(t and 5).__name__, type(not 5).__name__)
print([1, 2, 3][t], "ab"[f], {0: "zero", 1: "one"}[t])
print(str(t).upper(), repr(f), f"{t:d}", f"{t!r:>6}", format(f, "^7"))
print(bool.__name__, bool.__bases__, isinstance(f, int), bool(bool))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(t is True, (1 == 1) is True, bool(1) is True, True.__and__(1), (False).__or__(True))
print(sum(x > 2 for x in [1, 3, 5]), [x for x in range(5)].count(True))
