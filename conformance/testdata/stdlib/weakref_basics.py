import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name

o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o), type(r) is weakref.ReferenceType)
r2 = weakref.ref(o)
print(r == r2, hash(r) == hash(r2))
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError", e)
m = weakref.WeakMethod(o.greet)
print(m()())
p = weakref.proxy(o)
print(p.name, p.greet())
p.name = "b"
print(o.name)

cache = weakref.WeakValueDictionary()
cache["k"] = o
print(cache["k"].name, "k" in cache, len(cache), list(cache.keys()))
del cache["k"]
print(len(cache))
meta = weakref.WeakKeyDictionary()
meta[o] = 1
print(meta[o], o in meta, len(meta))
s = weakref.WeakSet([o])
print(len(s), o in s)

log = []
f = weakref.finalize(o, log.append, "finalized")
print(f.alive, f.peek()[2])
f()
print(log, f.alive, f())
g = weakref.finalize(o, log.append, "never")
print(g.detach()[2], g.alive)
