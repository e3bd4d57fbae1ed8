def gen():
    print("running inside:", g.gi_running, g.gi_suspended)
    yield 1


g = gen()
print(g.gi_suspended)
next(g)
print(g.gi_suspended)
g.close()
print(g.gi_suspended)


async def co():
    return 1


c = co()
print(c.cr_suspended)
c.close()
print(c.cr_suspended)
