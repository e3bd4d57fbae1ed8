class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Acc({self.items})"
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("__add__")
        return Acc(self.items + list(other))
    def __isub__(self, other):
        self.items.remove(other)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
    def __ior__(self, other):
        return "ior result replaces the name"
a = Acc([1])
alias = a
a += [2, 3]
print(a, a is alias)
a -= 2
a *= 2
print(a)
a |= None
print(a, alias)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class Pow:
    def __ipow__(self, n):
        return f"ipow {n}"
    def __ifloordiv__(self, n):
        return "ifloordiv"
    def __imod__(self, n):
        return "imod"
    def __itruediv__(self, n):
        return "itruediv"
    def __iand__(self, n):
        return "iand"
    def __ixor__(self, n):
        return "ixor"
    def __ilshift__(self, n):
        return "ilshift"
    def __irshift__(self, n):
        return "irshift"
    def __imatmul__(self, n):
        return "imatmul"
results = []
for op in ["**=", "//=", "%=", "/=", "&=", "^=", "<<=", ">>=", "@="]:
    p = Pow()
    exec(f"p {op} 2")
    results.append(p)
print(results)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
