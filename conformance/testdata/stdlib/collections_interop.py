# collections types with copy, json, pprint and typing.NamedTuple.
import copy, json, pprint
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque, ChainMap, UserDict, UserList
from typing import NamedTuple
P = namedtuple("P", "x y", defaults=[0])
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("a")
print(e, e._fields, e._field_defaults, e._replace(id=5), Emp._make(["b", 1]), e._asdict())
od = OrderedDict(b=[1], a={"k": 2})
dd = defaultdict(list, x=[1])
c = Counter("hello")
for obj in (od, dd, c, P(1), deque([1, [2]]), ChainMap({"a": 1}), UserDict(a=[1]), UserList([[1]])):
    cp = copy.copy(obj)
    dc = copy.deepcopy(obj)
    print(type(obj).__name__, cp == obj, dc == obj, type(cp).__name__, type(dc).__name__, repr(dc))
print(json.dumps(od), json.dumps(P(1, 2)), json.dumps(c), json.dumps(dd))
pprint.pprint(od)
pprint.pprint(dd)
pprint.pprint(c)
pprint.pprint(ChainMap({"a": 1}, {"b": 2}))
pprint.pprint(OrderedDict((str(i) * 10, i) for i in range(8)))
pprint.pprint(Counter({str(i) * 10: i for i in range(8)}))
print(sorted(Counter("mississippi").items()), max(c, key=c.get))
dd2 = copy.deepcopy(defaultdict(lambda: 1))
print(dd2["x"])
