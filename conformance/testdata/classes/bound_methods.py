class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}"
g = Greeter("Ada")
m = g.greet
print(m(), m("Hi"), Greeter.greet(g, "Yo"))
print(type(m).__name__, m.__name__, m.__self__.name, m.__func__.__name__)
h = Greeter("Bob")
funcs = [x.greet for x in (g, h)]
print([f() for f in funcs])
def free(self):
    return "free function as method: " + self.name
Greeter.extra = free
print(g.extra())
g.inst = lambda: "instance attribute, not bound"
print(g.inst())
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError:", e)
print(getattr(g, "greet")("Hey"), callable(g.greet))
print(m == g.greet, m == h.greet)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(v)
        return self
print(Chain().add(1).add(2).add(3).ops)
