# locals() in a function is one dict per frame, refreshed at each call: names
# exec() stores in it stay, deleted variables leave it, frame.f_locals is it.
import sys
def f17():
    exec("zz = 3")
    return locals().get("zz")
print(f17())
def f18():
    a = 1
    d = locals()
    b = 2
    print(sorted(d))
    locals()
    print(sorted(d), d is locals())
    del a
    print(sorted(locals()))
f18()
def f19():
    x = 1
    def g(): return x
    fr = sys._getframe()
    return sorted(fr.f_locals), fr.f_locals is locals()
print(f19())
def f20():
    ns = locals()
    exec("r = 10 * 2")
    return ns["r"]
print(f20())
print(locals() is globals())
class C:
    q = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
