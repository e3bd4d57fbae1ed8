class Config:
    debug = False
    levels = ["low", "high"]
    count = len(levels)
    doubled = [x * 2 for x in levels]
    def show(self):
        return (self.debug, self.count)
print(Config.count, Config.doubled, Config().show())
c1, c2 = Config(), Config()
c1.levels.append("mid")
print(c2.levels)
c1.debug = True
print(c1.debug, c2.debug, Config.debug)
x = "global x"
class Scope:
    x = "class x"
    def method(self):
        return x
    y = x
    z = [x for _ in range(1)]
print(Scope().method(), Scope.y, Scope.z)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
k = Counter()
print(k.inc(), k.inc(), Counter.n, k.__dict__)
class Outer:
    class Inner:
        value = 5
    ref = Inner.value
print(Outer.Inner.value, Outer.ref, Outer.Inner.__qualname__)
def make():
    class Local:
        pass
    return Local
print(make().__qualname__, make() is make())
