def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def adders():
    return [lambda x: x + i for i in range(3)]
print([a(10) for a in adders()])
def adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders_fixed()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()()
print(outer())
def cell_contents():
    v = 42
    def get():
        return v
    return get
fn = cell_contents()
print(fn.__closure__[0].cell_contents, fn.__code__.co_freevars)
def shared():
    data = []
    def add(v):
        data.append(v)
    def show():
        return list(data)
    return add, show
add, show = shared()
add(1); add(2)
print(show())
print(make_counter.__closure__, (lambda: 0).__closure__)
