for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [[]], (), {}, set(), None, range(0), range(1), b"", 0j, ...]:
    print(repr(v), bool(v))
class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Truthy()))
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), bool(object()))
print(bool(), bool(bool), True.__bool__())
