# An application-style program: orders as dataclasses, dates with
# datetime, a JSON report with a custom encoder, read back and checked.
import json
from dataclasses import dataclass, field, asdict
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from collections import defaultdict


class Status(Enum):
    OPEN = "open"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


@dataclass(order=True)
class Line:
    sku: str
    qty: int
    price: Decimal


@dataclass
class Order:
    id: int
    placed: datetime
    status: Status
    lines: list[Line] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((l.price * l.qty for l in self.lines), Decimal("0"))


def encode(obj):
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, Enum):
        return obj.value
    raise TypeError(f"cannot encode {type(obj).__name__}")


start = datetime(2024, 2, 27, 9, 30, tzinfo=timezone.utc)
orders = []
for i in range(7):
    placed = start + timedelta(hours=17 * i)
    status = list(Status)[i % 3]
    lines = [Line(f"SKU-{(i * 7 + j) % 5}", j + 1, Decimal("2.50") * (j + 1)) for j in range(i % 3 + 1)]
    orders.append(Order(100 + i, placed, status, lines))

by_day = defaultdict(lambda: {"orders": 0, "total": Decimal("0")})
for o in orders:
    if o.status is Status.CANCELLED:
        continue
    day = by_day[o.placed.date()]
    day["orders"] += 1
    day["total"] += o.total

report = {
    "generated": (start + timedelta(days=7)).isoformat(),
    "period": [min(o.placed for o in orders).date(), max(o.placed for o in orders).date()],
    "days": {d.strftime("%a %d %b"): v for d, v in sorted(by_day.items())},
    "orders": [asdict(o) | {"total": o.total} for o in orders],
}
text = json.dumps(report, default=encode, indent=2, sort_keys=True)
print(text[:600])
print("...", len(text), "characters")

back = json.loads(text)
print(back["period"], len(back["orders"]))
first = back["orders"][0]
print(datetime.fromisoformat(first["placed"]).astimezone(timezone(timedelta(hours=-5))).strftime("%Y-%m-%d %H:%M %Z"))
print(sorted(Line(**l) for o in back["orders"] for l in o["lines"])[:3])
print(sum(Decimal(v["total"]) for v in back["days"].values()))
try:
    json.dumps({"when": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
