def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got result:", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("sent value"))
print(next(g))
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(2), {"k": 0})))
def delegating_throw():
    try:
        yield from inner()
    except KeyError as e:
        yield f"outer caught {e!r}"
d = delegating_throw()
next(d)
print(d.throw(KeyError("k")))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def returns_only():
    return 5
    yield
def wrapper():
    v = yield from returns_only()
    yield v
print(list(wrapper()))
