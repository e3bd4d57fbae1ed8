import sys
from dataclasses import dataclass
cases = [
    lambda: [1, 2][5], lambda: {"a": 1}["b"], lambda: int("12a"), lambda: float("x"), lambda: 1 / 0, lambda: 1 % 0, lambda: 2.0 // 0,
    lambda: None.foo, lambda: "a" + 1, lambda: 1 + "a", lambda: [1] * "a", lambda: len(5), lambda: sorted([1, "a"]), lambda: max([]),
    lambda: "abc".index("z"), lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: next(iter([])), lambda: int(None),
    lambda: (1, 2)[0:1][3], lambda: "x" * -1 + "y"[2], lambda: hash([]), lambda: {[]: 1}, lambda: abs("x"), lambda: chr(-1),
    lambda: ord("ab"), lambda: int("9" * 5000), lambda: str(10 ** 5000), lambda: divmod(1, 0), lambda: [1, 2, 3].remove(9),
    lambda: "a b".split(""), lambda: range(0, 10, 0), lambda: tuple(1), lambda: dict([1, 2]), lambda: iter(5), lambda: f(),
    lambda: (lambda x: x)(), lambda: (lambda x: x)(1, 2), lambda: (lambda *, k: k)(1), lambda: print(end=5), lambda: "{0}{1}".format(1),
    lambda: "%d" % "x", lambda: "{:d}".format(1.5), lambda: object().__setattr__("x", 1), lambda: setattr(1, "x", 2), lambda: Frozen(1).__setattr__("x", 2),
    lambda: sys.exit("bye"), lambda: [x for x in 5], lambda: int.from_bytes("x", "big"), lambda: bytes("abc"), lambda: round("1"), lambda: 10 ** -1 ** 0.5 + "s",
    lambda: __import__("no_such_mod"), lambda: getattr(sys, "nope"), lambda: type("X", (), {})().missing, lambda: Frozen(1) < Frozen(2),
    lambda: [].sort(key=1), lambda: sum(["a", "b"]), lambda: sum([[1]], 0), lambda: " ".join([1, 2]), lambda: b"a" + "b", lambda: 1 << -1,
]
@dataclass(frozen=True)
class Frozen:
    x: int
def recurse(n):
    return recurse(n + 1)
for i, fn in enumerate(cases):
    try:
        fn()
        print(i, "no error")
    except SystemExit as e:
        print(i, "SystemExit", e.code)
    except Exception as e:
        print(i, type(e).__name__, str(e)[:120])
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)
