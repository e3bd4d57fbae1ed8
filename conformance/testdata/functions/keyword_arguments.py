def describe(name, age=0, *, city="unknown", **extra):
    parts = [f"{name} ({age})", city]
    parts += [f"{k}={v}" for k, v in extra.items()]
    return ", ".join(parts)
print(describe("Ann"))
print(describe("Bob", 30, city="Oslo"))
print(describe(age=5, name="Cy"))
print(describe("Di", hobby="chess", pet="cat"))
print(describe(**{"name": "Ed", "city": "Rome", "zip": "00100"}))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def positional_names(a, b):
    return a, b
print(positional_names(b=2, a=1))
def collect(*args, sep=", "):
    return sep.join(map(str, args))
print(collect(1, 2, 3), collect(1, 2, sep="|"))
print(dict(a=1, **{"b": 2}), sorted(dict(zip("xy", [1, 2]), z=3).items()))
print(sorted([3, 1, 2], reverse=True), "x".join(iterable) if False else "n/a")
