log = []
def resource(name):
    log.append("open " + name)
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        log.append("close " + name)
g = resource("a")
print(next(g), next(g))
g.close()
print(log)
log.clear()
b = resource("b")
for item in b:
    if item == "b1":
        break
print(log)
b.close()
print(log)
log.clear()
print(list(resource("c")), log)
log.clear()
def outer():
    yield from resource("inner")
o = outer()
next(o)
o.close()
print(log)
def return_in_finally():
    try:
        yield 1
    finally:
        return "finished"
r = return_in_finally()
next(r)
print(r.close())
