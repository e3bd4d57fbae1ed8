# __slots__ classes and record classes written without dataclasses.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"

p = Point(1, 2)
q = Point3(1, 2, 3)
print(p, q, p == Point(1, 2), p == q, len({p, Point(1, 2), Point(2, 1)}), list(p))
print(hasattr(p, "__dict__"), Point.__slots__, Point3.__slots__, sorted(Point3.__dict__.keys() & {"z", "x"}))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Point.__new__(Point).x)
except AttributeError as e:
    print("AttributeError:", e)
del p.y
print(hasattr(p, "y"))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.__dict__)

class Record:
    _fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} arguments")
        values = dict(zip(self._fields, args))
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"unknown field {k!r}")
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        missing = [f for f in self._fields if f not in values]
        if missing:
            raise TypeError(f"missing {', '.join(missing)}")
        for k, v in values.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and self.astuple() == other.astuple()

    def __hash__(self):
        return hash(self.astuple())

    def __lt__(self, other):
        return self.astuple() < other.astuple()

    def astuple(self):
        return tuple(getattr(self, f) for f in self._fields)

    def replace(self, **changes):
        return type(self)(**{**dict(zip(self._fields, self.astuple())), **changes})

class Employee(Record):
    _fields = ("name", "dept", "salary")

staff = [Employee("ann", "eng", 120), Employee("bob", dept="ops", salary=90), Employee(name="cid", dept="eng", salary=100)]
print(staff[1], sorted(staff)[0], staff[0] == Employee("ann", "eng", 120), len(set(staff)))
raise_ = staff[1].replace(salary=95)
print(raise_, staff[1].salary, max(staff, key=lambda e: e.salary).name)
for bad in (lambda: Employee("x"), lambda: Employee("x", "y", 1, 2), lambda: Employee("x", "y", 1, name="z"),
            lambda: Employee("x", "y", 1, age=3), lambda: setattr(staff[0], "salary", 0)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, sum(e.salary for e in staff if e.dept == "eng"))
