src = """
def f():
    nonlocal x
"""
try:
    compile(src, "<nonlocal>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
src2 = """
def g():
    x = 1
    global x
"""
try:
    compile(src2, "<global>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
src3 = "nonlocal y"
try:
    compile(src3, "<module>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
def outer():
    x = 1
    def inner():
        print(x)
        x = 2
    try:
        inner()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
outer()
