import io
import pprint
import types
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList, UserString
from dataclasses import dataclass, field

words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
nested = {w: {"index": i, "tags": words[:i], "pair": (i, w.upper()), "blob": w.encode() * 3}
          for i, w in enumerate(words[:6])}
for width in (20, 40, 80, 120):
    print("width", width)
    pprint.pprint(nested, width=width)
pprint.pprint(nested, indent=4, width=60)
pprint.pprint(nested, indent=0, width=60)
pprint.pprint(nested, depth=2)
pprint.pprint([nested, [nested]], depth=3, width=70)
pprint.pprint(list(range(100)), compact=True)
pprint.pprint([words, [words, [words]]], compact=True, width=40)
pprint.pprint([(1,), [], (), {}, set(), frozenset(), "", b""], width=10)
pprint.pprint({"one": (1,)}, width=5)
pprint.pprint({"b": 1, "a": 2, 3: "int key", (1, 2): "tuple key", None: 0}, width=20)
pprint.pp({"z": 1, "a": [1, 2, 3] * 10})
print(pprint.pformat(10 ** 20, underscore_numbers=True), pprint.pformat([123456789, 1.5], underscore_numbers=True))

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nSecond line here\n\nAfter blank " * 2
pprint.pprint(text, width=30)
pprint.pprint([text], width=30)
pprint.pprint({"k": text, "other": "x" * 100}, width=50)
pprint.pprint(bytes(range(60)), width=40)
pprint.pprint([bytes(range(60))], width=40)
pprint.pprint(bytearray(b"0123456789" * 6), width=40)
pprint.pprint({"set": set(range(0, 60, 3)), "fs": frozenset("abcdefghijklmnop")}, width=40)
pprint.pprint({3, "x", 2.5, (1,)}, width=10)

pprint.pprint(OrderedDict((w, len(w)) for w in words), width=40)
pprint.pprint(defaultdict(int, {w: len(w) for w in words}), width=40)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"), width=40)
pprint.pprint(deque(words, maxlen=20), width=40)
pprint.pprint(deque(words), width=40)
pprint.pprint(ChainMap({"a": words}, {"b": words[:3]}), width=40)
pprint.pprint(types.SimpleNamespace(name="ns", values=words, inner=types.SimpleNamespace(x=1)), width=40)
pprint.pprint(types.MappingProxyType({w: w * 2 for w in words[:5]}), width=40)
pprint.pprint(UserDict({w: w for w in words[:5]}), width=30)
pprint.pprint(UserList(words), width=30)
pprint.pprint(UserString("long user string " * 6), width=30)
print(pprint.pformat(OrderedDict()), pprint.pformat(defaultdict(list)), pprint.pformat(Counter()),
      pprint.pformat(deque()), pprint.pformat(ChainMap()))


@dataclass
class Point:
    x: int
    y: int
    label: str = "origin"
    secret: list = field(default_factory=list, repr=False)


@dataclass
class Shape:
    name: str
    points: list


shape = Shape("polygon", [Point(i, i * i, "p%d" % i) for i in range(5)])
pprint.pprint(shape, width=40)
pprint.pprint([shape], width=200)


class Custom:
    def __repr__(self):
        return "Custom(" + "x" * 90 + ")"


pprint.pprint([Custom(), Custom()])
print(pprint.saferepr(Custom()), pprint.isreadable(Custom()), pprint.isreadable([1, "a", (2.0, None)]))

loop = [1, 2]
loop.append(loop)
d = {"me": None}
d["me"] = d
for obj in (loop, d, [loop, d]):
    shown = pprint.pformat(obj, width=10).replace(str(id(loop)), "ID").replace(str(id(d)), "ID")
    print(shown, pprint.isrecursive(obj), pprint.isreadable(obj))
    print(pprint.saferepr(obj).replace(str(id(loop)), "ID").replace(str(id(d)), "ID"))
ns = types.SimpleNamespace(a=1)
ns.me = ns
print(pprint.pformat(ns, width=5))

printer = pprint.PrettyPrinter(indent=2, width=30, depth=2)
print(printer.pformat(nested["gamma"]), printer.isreadable(nested), printer.isrecursive(loop))
print(printer.format({"a": [1, [2]]}, {}, 1, 0))
out = io.StringIO()
pprint.PrettyPrinter(stream=out, width=20).pprint(words)
pprint.pprint(words[:3], out)
print(out.getvalue(), end="")
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(pprint.__all__))
