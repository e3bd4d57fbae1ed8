class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (a, b):
    print(a, b)
store = {}
with Pair() as store["pair"]:
    pass
print(store)
class Obj:
    pass
o = Obj()
with Pair() as o.attr:
    pass
print(o.attr)
with Pair() as [x, *rest]:
    print(x, rest)
items = [None]
with Pair() as items[0]:
    pass
print(items)
