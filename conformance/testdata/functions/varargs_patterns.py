def total(*nums):
    return sum(nums)
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def options(**opts):
    return {k: opts[k] for k in sorted(opts)}
print(options(), options(z=1, a=2))
def forward(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b=0, *, c=0):
    return a + b + c
print(forward(1), forward(1, 2), forward(1, c=5), forward(a=1, b=1, c=1))
def mutate(*args, **kwargs):
    args_type = type(args).__name__
    kwargs["new"] = 1
    return args_type, kwargs
d = {"x": 0}
print(mutate(**d), d)
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*[1, 2], *(3,), **{"x": 1}, y=2))
