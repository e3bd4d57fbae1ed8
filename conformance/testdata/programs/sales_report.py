import csv
import io
from datetime import datetime, timedelta, date
from string import Template
from collections import defaultdict
import operator

DATA = """date,region,product,units,unit_price
2024-01-03,North,Widget,12,3.50
2024-01-03,South,Gadget,5,12.00
2024-01-04,North,Gadget,7,12.00
2024-01-05,East,"Widget, Deluxe",3,8.25
2024-01-05,South,Widget,20,3.50
2024-01-09,East,Gadget,1,12.00
2024-01-10,North,"Widget, Deluxe",4,8.25
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
for r in rows:
    r["date"] = datetime.strptime(r["date"], "%Y-%m-%d").date()
    r["units"] = int(r["units"])
    r["unit_price"] = float(r["unit_price"])
    r["total"] = r["units"] * r["unit_price"]
print(rows[3]["product"], rows[3]["date"], type(rows[3]["date"]).__name__)

HEADER = f"{'Region':<8}|{'Product':^16}|{'Units':>6}|{'Revenue':>10}"
print(HEADER)
print("=" * len(HEADER))
by_key = defaultdict(lambda: [0, 0.0])
for r in rows:
    acc = by_key[(r["region"], r["product"])]
    acc[0] += r["units"]
    acc[1] += r["total"]
for (region, product), (units, revenue) in sorted(by_key.items(), key=lambda kv: (-kv[1][1], kv[0])):
    print(f"{region:<8}|{product:^16}|{units:>6d}|{revenue:>10.2f}")
grand = sum(r["total"] for r in rows)
print(f"{'TOTAL':<8}|{'':^16}|{sum(r['units'] for r in rows):>6}|{grand:>10,.2f}")
print(f"{'share':<8}|" + "|".join(f"{reg[:1]}:{sum(r['total'] for r in rows if r['region'] == reg) / grand:>6.1%}" for reg in sorted({r['region'] for r in rows})))

out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
writer.writerow(["region", "units", "note"])
for region in ("North", "South"):
    writer.writerow([region, sum(r["units"] for r in rows if r["region"] == region), 'say "hi", ok'])
print(out.getvalue(), end="")
dw = csv.DictWriter(out := io.StringIO(), fieldnames=["a", "b"], lineterminator="\n")
dw.writeheader(); dw.writerow({"a": 1, "b": None}); dw.writerows([{"a": "x,y", "b": 2.5}])
print(out.getvalue(), end="")
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))

first, last = min(r["date"] for r in rows), max(r["date"] for r in rows)
span = last - first
print(span, span.days, repr(span), first.strftime("%a %d %b %Y"), last.isoweekday(), first.weekday())
week = defaultdict(int)
for r in rows:
    week[r["date"].isocalendar()[1]] += r["units"]
print(dict(week))
stamp = datetime(2024, 1, 31, 23, 59, 30)
print(stamp + timedelta(seconds=45), stamp.replace(day=1) - timedelta(days=1), (stamp + timedelta(days=30)).date())
print(stamp.isoformat(), stamp.strftime("%Y/%m/%d %H:%M:%S %p %j"), datetime.fromisoformat("2024-02-29T12:00:00").timestamp() > 0)
print(timedelta(days=1, hours=25, minutes=-1), timedelta(weeks=2) // timedelta(days=3), timedelta(hours=1.5).total_seconds(), -timedelta(hours=1))
print(date(2024, 3, 1) - date(2023, 3, 1), date.fromordinal(738000), date(2024, 2, 29).replace(year=2028), date.min, date(2000, 1, 1) < date(2000, 1, 2))
tmpl = Template("Dear $name, your ${item}s total $$${amount}.")
print(tmpl.substitute(name="Ann", item="widget", amount=f"{grand:.2f}"))
print(tmpl.safe_substitute(name="Bob"))
try:
    tmpl.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
top = max(rows, key=operator.itemgetter("total"))
print("best sale: {product} in {region} ({total:.2f})".format_map(top))
print(sorted(rows, key=operator.itemgetter("region", "units"))[0]["units"], "%(region)s-%(units)03d" % rows[0])
