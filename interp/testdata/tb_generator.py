def gen():
    yield 1
    raise ValueError("x")
for i in gen():
    pass
