from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], c.most_common(2), c.most_common()[-1])
print(sorted(c.elements()), c.total())
c.update("aaz")
c.update({"b": 3})
print(c)
c.subtract("aaaa")
c.subtract({"z": 5})
print(c)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b)
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
d = Counter(words=2)
d += Counter(words=1, more=1)
print(d)
d -= Counter(words=5)
print(d)
del d["missing"]
print(Counter(), Counter({"x": 2}), Counter(["a", "b", "a"]), len(Counter("aab")))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(isinstance(c, dict), list(Counter("cab")), Counter("aabbbc").most_common(0))
