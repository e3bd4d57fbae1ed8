def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
print(gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame)
def self_ref():
    yield gen2.gi_running
gen2 = self_ref()
print(next(gen2))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(g.__name__, gen.__name__, gen.__qualname__)
