# A warehouse inventory: parsing, validation, aggregation and a report.
RAW = """\
sku,name,category,qty,price
A100,Widget,tools,25,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,120,0.40
B201,Bread,food,8,2.25
C300,Chair,furniture,4,45.00
C301,Desk,furniture,1,210.00
X999,Broken,,x,1.00
B202,Cheese,food,15,6.75
"""

class ValidationError(Exception):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line

def parse(text):
    lines = text.splitlines()
    header = lines[0].split(",")
    items, errors = [], []
    for n, line in enumerate(lines[1:], start=2):
        row = dict(zip(header, line.split(",")))
        try:
            if not row["category"]:
                raise ValidationError(n, "missing category")
            try:
                row["qty"] = int(row["qty"])
            except ValueError as e:
                raise ValidationError(n, f"bad qty {row['qty']!r}") from e
            row["price"] = float(row["price"])
        except ValidationError as e:
            errors.append(e)
            continue
        items.append(row)
    return items, errors

items, errors = parse(RAW)
print(len(items), "items;", [str(e) for e in errors], [type(e.__cause__).__name__ for e in errors])

by_cat = {}
for it in items:
    cat = by_cat.setdefault(it["category"], {"count": 0, "units": 0, "value": 0.0, "names": []})
    cat["count"] += 1
    cat["units"] += it["qty"]
    cat["value"] += it["qty"] * it["price"]
    cat["names"].append(it["name"])

print(f"{'category':<10} {'items':>5} {'units':>6} {'value':>9}  names")
for cat, s in sorted(by_cat.items(), key=lambda kv: -kv[1]["value"]):
    print(f"{cat:<10} {s['count']:>5} {s['units']:>6} {s['value']:>9.2f}  {', '.join(sorted(s['names']))}")
grand = sum(s["value"] for s in by_cat.values())
print(f"{'total':<10} {len(items):>5} {sum(i['qty'] for i in items):>6} {grand:>9.2f}")

out_of_stock = [i["sku"] for i in items if i["qty"] == 0]
low = {i["sku"]: i["qty"] for i in items if 0 < i["qty"] < 10}
priciest = max(items, key=lambda i: i["price"])
print(out_of_stock, low, priciest["name"], round(grand / len(items), 3))
restock = {sku: max(10 - q, 0) * 2 for sku, q in low.items()}
print(restock, any(q > 100 for q in (i["qty"] for i in items)), all(i["price"] > 0 for i in items))
share = {cat: f"{s['value'] / grand:.1%}" for cat, s in by_cat.items()}
print(share)
inverse = {}
for i in items:
    inverse.setdefault(i["price"] >= 10, []).append(i["sku"])
print(inverse)
print("\n".join(f"{i['sku']}: {'#' * (i['qty'] // 10)}" for i in sorted(items, key=lambda i: i["sku"])))
