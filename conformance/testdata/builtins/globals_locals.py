x = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["x"], g["__name__"], "f" in g)
g["created"] = "via globals()"
print(created)
def modify_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modify_locals())
print(locals() is globals())
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
def closure():
    free = "free var"
    def inner():
        return sorted(locals())
    inner_free = lambda: free
    return inner(), sorted(k for k in locals())
print(closure())
