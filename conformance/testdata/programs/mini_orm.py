import abc
import weakref
import copy
import pprint
from typing import ClassVar

class Field:
    def __init__(self, kind, *, default=None, required=True):
        self.kind, self.default, self.required = kind, default, required
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if value is None and not self.required:
            setattr(obj, self.private, None)
            return
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __repr__(self):
        return f"<Field {self.name}: {self.kind.__name__}>"

class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, table=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._fields = [k for k, v in ns.items() if isinstance(v, Field)]
        for b in bases:
            cls._fields = getattr(b, "_fields", []) + cls._fields
        if table:
            cls.__table__ = table
            mcls.registry[table] = cls
        return cls
    def __len__(cls):
        return len(cls._rows)
    def __iter__(cls):
        return iter(sorted(cls._rows.values(), key=lambda r: r.id))

class Model(metaclass=ModelMeta):
    _rows: ClassVar[dict]
    id = Field(int)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._rows = {}
        cls._next = 1
    def __init__(self, **values):
        self.id = type(self)._next
        type(self)._next += 1
        for name in self._fields[1:]:
            setattr(self, name, values.pop(name, getattr(type(self), name).default))
        if values:
            raise TypeError(f"unexpected fields: {', '.join(sorted(values))}")
    def save(self):
        type(self)._rows[self.id] = self
        return self
    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({body})"
    def __eq__(self, other):
        return type(self) is type(other) and self.id == other.id
    def __hash__(self):
        return hash((type(self).__name__, self.id))
    @classmethod
    def where(cls, **conds):
        return [r for r in cls if all(getattr(r, k) == v for k, v in conds.items())]

class User(Model, table="users"):
    name = Field(str)
    email = Field(str, required=False)
    age = Field(int, default=0)

class Post(Model, table="posts"):
    title = Field(str)
    author_id = Field(int)
    tags = Field(list, default=[])

class Exporter(abc.ABC):
    @abc.abstractmethod
    def export(self, rows): ...
    def run(self, model):
        return self.export(list(model))

class TextExporter(Exporter):
    def export(self, rows):
        return "\n".join(f"{r.id:>3} {r!r}" for r in rows)

ann = User(name="Ann", email="ann@x.org", age=31).save()
bob = User(name="Bob", email=None).save()
User(name="Cy", age=31).save()
Post(title="Hello", author_id=ann.id, tags=["intro"]).save()
Post(title="Again", author_id=ann.id).save()
print(len(User), len(Post), sorted(ModelMeta.registry), User.__table__)
print(TextExporter().run(User))
print(User.where(age=31), [p.title for p in Post.where(author_id=1)])
print(User.name, User._fields, Post._fields)
for bad in (dict(name=5), dict(name="Z", nick="z"), dict(name="Z", age="9")):
    try:
        User(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Exporter()
except TypeError as e:
    print("TypeError:", e)
print({ann, User.where(name="Ann")[0]} == {ann}, ann != bob, isinstance(User, ModelMeta), type(User).__name__)
clone = copy.copy(ann); deep = copy.deepcopy(Post.where(title="Hello")[0])
deep.tags.append("copy")
print(clone == ann, clone is ann, deep.tags, Post.where(title="Hello")[0].tags)
cache = weakref.WeakValueDictionary()
cache["ann"] = ann
print("ann" in cache, cache["ann"].name)
pprint.pprint({"users": [repr(u) for u in User], "meta": {"count": len(User), "tables": list(ModelMeta.registry)}}, width=70)
print(User.__mro__[1].__name__, Model.__subclasses__(), vars(ann).keys() >= {"_name", "_id"}, hasattr(bob, "_age"))
print(getattr(bob, "missing", "dflt"), callable(User.where), User.where.__self__ is User, type(User.__dict__["where"]).__name__)
