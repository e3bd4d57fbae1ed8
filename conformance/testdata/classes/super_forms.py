class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self, x):
        return f"Base.hello({x})"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def hello(self, x):
        return "Mid/" + super().hello(x)
    @classmethod
    def make(cls):
        return "Mid/" + super().make()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
    def hello(self, x):
        return "Leaf/" + super(Mid, self).hello(x)
leaf = Leaf()
print(leaf.log)
print(leaf.hello(1), Mid().hello(2))
print(Leaf.make(), Mid.make())
s = super(Leaf, leaf)
print(s.hello(3))
print(super(Mid, Leaf).make())
def outside(self):
    return "outside"
try:
    class Broken(Base):
        def f(self):
            def inner():
                return super().hello(0)
            return inner()
    Broken().f()
except RuntimeError as e:
    print("RuntimeError:", e)
class WithNew(Base):
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.created = True
        return obj
w = WithNew()
print(w.created, w.log)
