c = compile("1 + 2", "<expr>", "eval")
print(type(c).__name__, eval(c), c.co_filename)
s = compile("x = 5\nprint('exec mode', x)", "<stmts>", "exec")
exec(s)
ns = {}
exec(compile("def g():\n    return 'from compiled code'", "<def>", "exec"), ns)
print(ns["g"]())
single = compile("7 * 6", "<single>", "single")
exec(single)
try:
    compile("def broken(:", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
try:
    compile("1", "<x>", "wrong")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("x = 1", "<x>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
