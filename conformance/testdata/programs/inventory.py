from dataclasses import dataclass, field, asdict, astuple, replace
from itertools import groupby, chain, islice, count, zip_longest
from operator import attrgetter, itemgetter
from typing import Optional, List
import functools

@functools.total_ordering
@dataclass
class Item:
    sku: str
    name: str
    category: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku}")
        self.name = self.name.strip().title()

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __lt__(self, other):
        return (self.category, self.price) < (other.category, other.price)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

RAW = [
    ("A-100", "  widget ", "hardware", 2.50, 120, ["small"]),
    ("A-101", "gadget", "hardware", 12.99, 8),
    ("B-200", "manual", "books", 29.95, 3, ["paper", "new"]),
    ("B-201", "ebook", "books", 9.99, 999),
    ("C-300", "coffee beans", "grocery", 14.25, 40, [], "Acme"),
    ("C-301", "tea", "grocery", 4.75, 0),
    ("A-102", "sprocket", "hardware", 0.35, 5000),
]
items = [Item(*row) for row in RAW]
print(items[0])
print(repr(items[4]))
print(asdict(items[2]))
print(astuple(items[5]))

items.sort(key=attrgetter("category", "name"))
for cat, group in groupby(items, key=attrgetter("category")):
    group = list(group)
    total = sum(i.value for i in group)
    print(f"{cat.upper():<10} {len(group):>2} items  total={total:>10,.2f}")
    for it in sorted(group, key=lambda i: -i.value):
        flag = "OUT" if not it.qty else ""
        print(f"   {it.sku:<6}{it.name:<14}{it.price:>7.2f} x{it.qty:<5d}{flag:>4}")

print(min(items).sku, max(items).sku, sorted(items)[2].name)
print(items[0] == replace(items[0]), items[0] is replace(items[0]), replace(items[1], qty=1).qty)
cheap = [i.name for i in items if i.price < 5]
print(cheap, any(i.supplier for i in items), all(i.price > 0 for i in items))
tags = sorted(set(chain.from_iterable(i.tags for i in items)))
print(tags)
by_value = sorted(((i.sku, i.value) for i in items), key=itemgetter(1), reverse=True)
print(list(islice(by_value, 3)))
for n, (a, b) in zip(count(1), zip_longest("abc", [1, 2], fillvalue="-")):
    print(n, a, b, end="; ")
print()
versions = sorted(map(Version.parse, ["1.10.0", "1.2.3", "1.2.10", "0.9", "2"]))
print([str(v) for v in versions], Version(1) < Version(1, 0, 1), max(versions))
try:
    Item("X", "bad", "misc", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    Item("X")
except TypeError as e:
    print("TypeError:", e)
print(Item.__dataclass_fields__["qty"].default, [f for f in Item.__dataclass_fields__][:3])
key = functools.cmp_to_key(lambda a, b: (a.qty > b.qty) - (a.qty < b.qty))
print([i.qty for i in sorted(items, key=key)])
print(functools.reduce(lambda acc, i: acc + i.qty, items, 0))
