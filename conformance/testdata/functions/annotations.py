def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
class C:
    x: int
    y: str = "y"
    z = 3
print(C.__annotations__, hasattr(C, "x"), C.y)
count: int = 5
label: str
print(__annotations__)
try:
    label
except NameError as e:
    print("NameError:", e)
def h() -> None: ...
print(h.__annotations__, h())
def side(x: print("annotation evaluated at def time") = 1):
    return x
print(side())
