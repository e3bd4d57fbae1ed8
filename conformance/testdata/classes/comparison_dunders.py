class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) == Version(1), Version(1) != Version(2), Version(1) < Version(2), Version(3) > Version(2))
print(Version(1) <= Version(1), Version(2) >= Version(1))
print(Version(1) == "1", Version(1) != "1")
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __eq__(self, other):
        print("Always.__eq__")
        return True
print(1 == Always(), Always() == 1, [Always()] == [2])
print(Always() in [1, 2])
class Reflect:
    def __gt__(self, other):
        return "gt called via reflection"
print(5 < Reflect())
class NoCmp:
    pass
n = NoCmp()
print(n == n, n != NoCmp(), n == 1)
try:
    n < n
except TypeError as e:
    print("TypeError:", e)
