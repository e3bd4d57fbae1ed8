def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc

c = counter()
print(c(), c(), c(5))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
def outer():
    x = "outer"
    class Inner:
        y = x
        def get(self):
            return x, __class__.__name__
    return Inner
print(outer().y, outer()().get())
print([(a, b) for a in range(3) for b in range(a) if b % 2 == 0])
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
total = 0
def add_global(v):
    global total
    total += v
add_global(4); add_global(5)
print(total)
