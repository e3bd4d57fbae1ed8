import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice('abcdefg'), random.choice([10, 20, 30]))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.sample(range(1000000), 8))
print(random.sample(['a', 'b', 'c'], k=3, counts=None), random.sample(['x', 'y'], counts=[3, 2], k=4))
print(random.gauss(0, 1), random.gauss(10, 2), random.gauss())
print(random.normalvariate(0, 1), random.expovariate(1.5), random.uniform(1, 5))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(0.5, 1))
print(random.gammavariate(1.0, 2), random.gammavariate(3, 2), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(40), random.getrandbits(64), random.getrandbits(200))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7), random.randrange(2**70))
print(random.choices('abc', k=5), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=6))
print(random.choices('xyz', cum_weights=[1, 2, 10], k=4), random.randbytes(6))

for seed in [0, 1, -5, 2**40, 2**100 + 7, 3.5, 'hello', b'bytes', bytearray(b'ba'), '']:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 10**6))

r = random.Random(7)
s = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)], s[0], len(s[1]), s[2])
r.gauss()
st = r.getstate()
g1 = r.gauss()
r.setstate(st)
print(g1 == r.gauss())
print(random.Random('x').random(), random.Random(123).choice(range(1000)))
big = random.Random(2**200)
print(big.random(), big.getrandbits(100))

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.uniform(0, 10), m.choices('abc', k=2))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(1, 10, 0), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1),
            lambda: random.randrange(1.5), lambda: random.sample({1, 2}, 1), lambda: random.seed([1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 0 <= sr.randint(1, 6) <= 6, len(sr.randbytes(4)))
for v1 in ['hello', '', 'é€', b'bytes']:
    random.seed(v1, version=1)
    print('v1', repr(v1), random.random())

class OnlyRandom(random.Random):
    def __init__(self):
        super().__init__(5)
        self.n = 0
    def random(self):
        self.n += 1
        return (self.n * 0.618033988749895) % 1.0
o = OnlyRandom()
print(o.randint(1, 100), o.choice('abcdef'), o.randrange(1000), o.sample(range(50), 3))

class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3
print(Bits(1).randrange(10), Bits(2).choice([1, 2, 3]))
