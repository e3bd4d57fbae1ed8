# dataclasses: copies of slotted (and frozen slotted) dataclasses, and a generated
# __repr__ implementing an abstract method.
import copy
from dataclasses import dataclass, field, fields
@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: list = field(default_factory=list)
p = P(1, [2])
q = copy.deepcopy(p)
print(q, q == p, q.y is p.y, copy.copy(p), P.__getstate__(p), hasattr(P, "__setstate__"))
@dataclass(slots=True)
class S:
    a: int
    def total(self):
        return self.a
s = S(3); t = copy.deepcopy(s); print(t, t.total(), "__getstate__" in S.__dict__)
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def __repr__(self): ...
@dataclass
class Sq(Shape):
    side: int
print(Sq(2), Sq.__abstractmethods__)
