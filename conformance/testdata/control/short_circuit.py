log = []
def val(name, result):
    log.append(name)
    return result
print(val("a", 0) and val("b", 1), log)
log.clear()
print(val("a", 1) and val("b", 2), log)
log.clear()
print(val("a", "") or val("b", "x"), log)
log.clear()
print(val("a", "first") or val("b", "x"), log)
log.clear()
print(val("a", 0) or val("b", 0) or val("c", None), log)
log.clear()
print(val("a", 1) and val("b", 0) or val("c", "fallback"), log)
print(not val("x", []), [] and 1, [0] or 1, None or [], 0 and undefined_name)
print(1 or 1 / 0, 0 and 1 / 0)
d = {}
key = "k"
print(key in d and d[key], d.get(key) or "default")
print(all(val(i, i < 3) for i in range(10)), any(val(i, i == 2) for i in range(10)))
print(log[-6:])
