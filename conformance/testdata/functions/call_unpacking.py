def show(*args, **kwargs):
    return f"{args} {kwargs}"
print(show(*[1, 2], *(3,), *"ab"))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(1, *[2], x=1, **{"y": 2}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*range(3)), three(1, *[2, 3]), three(c=3, *[1, 2]))
def gen():
    yield from "xyz"
print(show(*gen()), show(*{"k": 1}))
first, *middle, last = range(6)
print(first, middle, last)
print([*range(3), *"ab"], {*"aa", *"b"} == {"a", "b"}, {**{"a": 1}, "b": 2})
print(*[1, 2, 3], sep="-")
