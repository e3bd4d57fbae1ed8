def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        values = dict(defaults)
        values.update(zip(fields, args))
        values.update(kwargs)
        missing = [f for f in fields if f not in values]
        if missing:
            raise TypeError(f"missing fields: {missing}")
        for f in fields:
            setattr(self, f, values[f])
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    def __lt__(self, other):
        return [getattr(self, f) for f in fields] < [getattr(other, f) for f in fields]
    cls.__init__, cls.__repr__, cls.__eq__, cls.__lt__ = __init__, __repr__, __eq__, __lt__
    cls.__hash__ = None
    cls._fields = tuple(fields)
    return cls
@record
class Item:
    name: str
    price: float = 0.0
    qty: int = 1
a = Item("pen", 1.5)
b = Item(name="ink", qty=3)
print(a, b, Item._fields)
print(a == Item("pen", 1.5, 1), a == b, a != b, a == "pen")
print(sorted([a, b, Item("apple")]))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(Item.__annotations__)
