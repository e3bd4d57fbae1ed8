class Counter:
    def __init__(self):
        self.entries = 0
        self.active = False
    def __enter__(self):
        if self.active:
            raise RuntimeError("not reentrant")
        self.active = True
        self.entries += 1
        return self.entries
    def __exit__(self, *a):
        self.active = False
c = Counter()
with c as n:
    print("first entry", n)
with c as n:
    print("second entry", n)
try:
    with c:
        with c:
            pass
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.entries, c.active)
