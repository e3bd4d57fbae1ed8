import inspect
from inspect import signature, Parameter
import functools
from typing import List, Optional


def f(a, b: int = 2, *args, c, d: str = "x", **kw) -> bool:
    "Doc of f."
    return True


def pos(x, y, /, z=3):
    pass


sig = signature(f)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is Parameter.empty, p.annotation, repr(p))
print(sig.return_annotation, str(signature(pos)), signature(lambda: 0), signature(lambda *a, **k: 0))
print(signature(lambda x, *, y: 0), signature(lambda x=None, y=[1]: 0))

def g(items: List[int], opt: Optional[str] = None) -> "str":
    pass
print(signature(g))

class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def move(self, dx, dy=0):
        pass
    @classmethod
    def origin(cls, scale=1):
        pass
    @staticmethod
    def helper(q):
        pass
    def __call__(self, n):
        pass

print(signature(Point), signature(Point(1).move), signature(Point.move), signature(Point.origin), signature(Point.helper), signature(Point(1)))
p = functools.partial(f, 1, c=5)
print(signature(p))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(a, b=1):
    pass
print(signature(wrapped), signature(wrapped, follow_wrapped=False))

ba = sig.bind(1, 2, 3, c=4, z=9)
print(ba.arguments, ba.args, ba.kwargs)
ba2 = sig.bind(10, c=0)
ba2.apply_defaults()
print(ba2.arguments, ba2)
print(signature(pos).bind_partial(1).arguments)
for args, kwargs in [((), {}), ((1, 2), {"c": 1, "b": 3}), ((1, 2, 3), {})]:
    try:
        signature(pos).bind(*args, **kwargs) if len(args) != 2 else sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    signature(pos).bind(1, y=2)
except TypeError as e:
    print("TypeError", e)
new = sig.replace(parameters=[Parameter("q", Parameter.POSITIONAL_ONLY)], return_annotation=int)
print(new, Parameter("z", Parameter.KEYWORD_ONLY, default=3), Parameter.VAR_KEYWORD, int(Parameter.KEYWORD_ONLY))
try:
    Parameter("a b", Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError", e)
print(sig == signature(f), inspect.getfullargspec(f))
