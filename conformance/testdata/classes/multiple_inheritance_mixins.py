class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Point(JsonMixin, ReprMixin, CompareMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p, p.to_json(), p == Point(1, 2), p == Point(2, 1))
print([c.__name__ for c in Point.__mro__])
class LoggingMixin:
    def save(self):
        print("log: saving", type(self).__name__)
        return super().save()
class Store:
    def save(self):
        return "stored"
class Record(LoggingMixin, Store):
    pass
print(Record().save())
