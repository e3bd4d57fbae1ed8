print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'abc'.upper()"))
ns = {"a": 10}
print(eval("a + 5", ns), eval("a * b", ns, {"b": 3}))
exec("y = a * 2\nz = y + 1", ns)
print(ns["y"], ns["z"])
exec("def f(n):\n    return n * n", ns)
print(ns["f"](7))
code = "total = 0\nfor i in range(5):\n    total += i"
loc = {}
exec(code, {}, loc)
print(loc["total"])
print(exec("1 + 1"))
q = 5
print(eval("q + 1"))
exec("q2 = q * 10")
print(q2)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
print(eval("__builtins__ is not None"), eval("len('ab')", {}))
print(eval("max(a, 3)", {"a": 2, "__builtins__": {"max": max}}))
