import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
import types

data = {"name": "rebeam", "tags": ["python", "go", "actors"], "nested": {"b": 2, "a": 1},
        "numbers": list(range(30)), "pairs": [(i, str(i) * 3) for i in range(6)]}
pprint.pprint(data)
pprint.pprint({"b": 1, "a": 2, "c": [1, 2]})
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=1)
pprint.pprint(list(range(40)), compact=True, width=50)
print(pprint.pformat({"z": 1, "y": 2}, sort_dicts=False), pprint.pformat((1,)), pprint.pformat(()))
pprint.pp({"z": 1, "y": [1, 2]})
long_text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long_text)
pprint.pprint({"text": long_text}, width=60)
pprint.pprint(b"\x00\x01binary data that goes on and on and on and on and on and on and on", width=30)
pprint.pprint([set(range(25)), frozenset({3, 1, 2})], width=40)
pprint.pprint(OrderedDict((str(i), i * 100) for i in range(12)), width=50)
dd = defaultdict(list, {"k%d" % i: [i] * 3 for i in range(6)})
pprint.pprint(dd, width=40)
pprint.pprint(Counter("abracadabra simsalabim hocus pocus"), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({"a": list(range(10))}, {"b": list(range(10))}), width=40)

@dataclass
class Config:
    name: str
    options: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
pprint.pprint(Config("server", {"host": "localhost", "port": 8080, "debug": True}, list(range(12))), width=50)
pprint.pprint(types.SimpleNamespace(alpha=list(range(15)), beta="text"), width=40)
r = [1, 2]
r.append(r)
print(pprint.pformat(r).startswith("[1, 2, <Recursion on list with id="))
print(pprint.saferepr([1, "a"]), pprint.isrecursive(r), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
pp = pprint.PrettyPrinter(width=20, indent=4)
pp.pprint({"alpha": [1, 2, 3], "beta": {"x": 1}})
print(pp.pformat(["aaaa", "bbbb", "cccc", "dddd"]))
pprint.pprint({(1, 2): "tuple key", 3: "int key", "s": "str key"}, width=30)
