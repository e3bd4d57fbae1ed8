log = []
def v(name, value=None):
    log.append(name)
    return value if value is not None else name
def f(*args, **kwargs):
    return args, kwargs
f(v("a"), v("b"), k=v("c"), *[v("d")], **{"e": v("e")})
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
result = v("left", 1) + v("right", 2) * v("third", 3)
print(result, log)
log.clear()
class Obj:
    pass
o = Obj()
lst = [0, 0]
v("target", lst)[v("index", 0)] = v("value", 5)
print(lst, log)
log.clear()
x = [1, 2]
x[v("i", 0)] += v("inc", 10)
print(x, log)
log.clear()
a, b = v("first", 1), v("second", 2)
print(log)
log.clear()
print(v("cond", 1) if v("test", True) else v("other", 0), log)
