class Value:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Value) and self.v == other.v
print(Value.__hash__)
try:
    hash(Value(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {Value(1)}
except TypeError as e:
    print("TypeError:", e)
class Restored(Value):
    def __hash__(self):
        return hash(self.v)
print(len({Restored(1), Restored(1), Restored(2)}))
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
class Inherit(Value):
    pass
print(Inherit.__hash__)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
import sys
print(isinstance(hash(p), int))
class ListLike(list):
    pass
try:
    hash(ListLike())
except TypeError as e:
    print("TypeError:", e)
