# SyntaxError: str() names the file and line, the attributes come from the
# (msg, (filename, lineno, offset, text, end_lineno, end_offset)) args.
for src in ["x = (", "def f(:", "a b", "x = 1 = 2", "del f()", "if 1:\nprint(1)", "return 1"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.msg, e.lineno, e.offset, e.filename)

e = SyntaxError("bad thing", ("/some/dir/mod.py", 3, 4, "txt = 1\n", 3, 6))
print(str(e), "|", e.args)
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
e.lineno = None
print(e)
print(SyntaxError("m", (None, 3, 4, "t")), "|", SyntaxError("m", ("f.py", "x", 4, "t")))
e = SyntaxError("only msg")
print(e, e.msg, e.filename, e.lineno, e.text, e.end_offset)
print(repr(str(SyntaxError())), SyntaxError().msg)
print(SyntaxError("a", "b", "c"), SyntaxError("a", "b", "c").msg)
for bad in [("f",), ("f", 1, 2, "t", 4, 5, 6), 5]:
    try:
        SyntaxError("m", bad)
    except TypeError as err:
        print("TypeError", err)


class MyErr(SyntaxError):
    pass


e = MyErr("mine", ("x.py", 10, 2, "abc\n"))
print(str(e), e.lineno, isinstance(e, SyntaxError))
print(IndentationError("ind", ("y.py", 2, 1, "  z\n")))
try:
    compile("x = (", "some/where/fn.py", "exec")
except SyntaxError as err:
    print(err)

import traceback
try:
    raise SyntaxError("m", ("/x/y/f.py", 3, 5, "txt = 1\n", 3, 7))
except SyntaxError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(lines[-4:]))

e = SyntaxError("noted", ("g.py", 2, 2, "abc"))
e.add_note("a note")
raise e
