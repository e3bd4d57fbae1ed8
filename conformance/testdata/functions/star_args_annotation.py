# PEP 646: the annotation of *args may be starred; it evaluates to the single
# item the starred value unpacks to (and stays text under postponed annotations).
from typing import TypeVarTuple, Tuple, get_type_hints
Ts = TypeVarTuple("Ts")
def f(*args: *Ts) -> Tuple[*Ts]:
    return args
print(f.__annotations__, f(1, 2), get_type_hints(f))
class Two:
    def __iter__(self):
        return iter([1, 2])
try:
    def g(*args: *Two()): pass
except ValueError as e:
    print("ValueError", e)
