# Zero-argument super() checks its first argument as super(cls, obj) does: a
# nested function's or a comprehension's first argument is not the instance.
class SuperTest:
    def __init__(self): self.v = 'base'
def outside(self): return super().__init__
class ST3(SuperTest):
    m = outside
try: ST3().m()
except Exception as e: print(type(e), e)
def o2(self): return super()
try: o2(1)
except Exception as e: print(type(e), e)
def o3(): return super()
try: o3()
except Exception as e: print(type(e), e)
class K:
    def m(self):
        def inner(): return super()
        return inner()
try: K().m()
except Exception as e: print(type(e), e)
class K2:
    def m(self):
        def inner(x): return super()
        return inner(1)
try: K2().m()
except Exception as e: print(type(e), e)
class K3:
    def m(self):
        return [super() for _ in range(1)]
try: print(len(K3().m()))
except Exception as e: print(type(e), e)
