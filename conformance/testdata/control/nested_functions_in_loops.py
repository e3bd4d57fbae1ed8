callbacks = []
for i in range(3):
    def cb(i=i):
        return f"callback {i}"
    callbacks.append(cb)
print([c() for c in callbacks])
results = {}
for name in ["a", "b"]:
    def make(n):
        return lambda: n.upper()
    results[name] = make(name)
print({k: v() for k, v in results.items()})
i = 0
while i < 3:
    f = lambda x=i: x * 10
    i += 1
print(f(), i)
