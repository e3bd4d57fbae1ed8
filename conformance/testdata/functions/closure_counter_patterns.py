def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        total = 0
    def get():
        return total
    return add, reset, get
add, reset, get = make_accumulators()
add(5); add(10)
print(get())
reset()
print(get(), add(1))
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper
@once
def init(x):
    print("initialising with", x)
    return x * 2
print(init(1), init(2), init(3))
def counter_gen():
    count = 0
    def next_id(prefix="id"):
        nonlocal count
        count += 1
        return f"{prefix}-{count}"
    return next_id
ids = counter_gen()
print(ids(), ids("user"), ids())
