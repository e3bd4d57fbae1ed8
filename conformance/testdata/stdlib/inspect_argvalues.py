import inspect
print(inspect.isclass(list[int]), isinstance(list[int], type))
def f(a, b=2, *args, **kw):
    x = 5
    return inspect.getargvalues(inspect.currentframe())
av = f(1, 3, 4, k=1)
print(av.args, av.varargs, av.keywords, sorted(av.locals), type(av).__name__)
print(inspect.formatargvalues(*av))
def g(p, *, q=1):
    return inspect.getargvalues(inspect.currentframe())
print(g(0), inspect.formatargvalues(*g(0)))
