# Errors as exceptions (exit_on_error=False), mutually exclusive conflicts,
# and the exact messages of parse errors.
import argparse
import io
import sys
from contextlib import redirect_stderr

p = argparse.ArgumentParser(prog="strict", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--f", type=float, choices=[0.5, 1.5])
p.add_argument("--two", nargs=2)
p.add_argument("--some", nargs="+")
p.add_argument("--few", nargs=3, type=int)
p.add_argument("--maybe", nargs="?", type=int)
p.add_argument("-v", action="store_true")
p.add_argument("--cplx", type=complex)
p.add_argument("--lam", type=lambda s: int(s, 16))
g = p.add_mutually_exclusive_group()
g.add_argument("--red", action="store_true")
g.add_argument("--green", action="store_const", const=1)
g.add_argument("--blue", nargs="?", const="c", default="dflt")
p.add_argument("pos", nargs="?", choices=["a", "b"])


def check(argv):
    err = io.StringIO()
    with redirect_stderr(err):
        try:
            print(argv, "->", p.parse_args(argv))
        except argparse.ArgumentError as e:
            print(argv, "-> ArgumentError:", e)
            print("   name:", e.argument_name, "| message:", e.message)
        except SystemExit as e:
            print(argv, "-> exit", e.code)
    if err.getvalue():
        print("   stderr:", err.getvalue().splitlines()[-1])


for argv in (["--n", "x"], ["--n", "1.5"], ["--n"], ["--f", "2"], ["--f", "nan"], ["--f", "0.5"],
             ["--two", "a"], ["--two"], ["--some"], ["--few", "1", "2"], ["--few", "1", "2", "x"],
             ["--maybe", "q"], ["--maybe"], ["-vx"], ["-v=1"], ["--cplx", "1+2j"], ["--cplx", "zz"],
             ["--lam", "ff"], ["--lam", "fg"], ["c"], ["a", "b"], ["--red", "--green"], ["--green", "--red"],
             ["--red", "--blue"], ["--blue", "--red"], ["--blue", "dflt", "--red"], ["--red", "--red"],
             ["--unknown"], ["--n=4", "--n", "5"], ["-v", "--", "a"], ["--", "--", "b"]):
    check(argv)

print(p.parse_known_args(["--unknown", "a", "--n", "3", "x"]))

r = argparse.ArgumentParser(prog="req", exit_on_error=False)
r.add_argument("need")
r.add_argument("--must", required=True)
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument("--x", action="store_true")
rg.add_argument("--y", action="store_true")
err = io.StringIO()
for argv in ([], ["a"], ["a", "--must", "m"], ["a", "--must", "m", "--x"]):
    with redirect_stderr(err):
        try:
            print(argv, "->", r.parse_args(argv))
        except argparse.ArgumentError as e:
            print(argv, "-> ArgumentError:", e)
        except SystemExit as e:
            print(argv, "-> exit", e.code)
print(err.getvalue(), end="")

e = argparse.ArgumentError(None, "plain message")
print(str(e), e.argument_name, repr(e.message))
a = argparse.ArgumentParser(prog="t").add_argument("dest_only", metavar="META")
print(argparse.ArgumentError(a, "boom"))
print(isinstance(argparse.ArgumentTypeError("x"), Exception), str(argparse.ArgumentTypeError("bad")))

try:
    bad = argparse.ArgumentParser(conflict_handler="nope")
except ValueError as exc:
    print("ValueError:", exc)
q = argparse.ArgumentParser(prog="q")
for call in (lambda: q.add_argument("--a", action="bogus"),
             lambda: q.add_argument("--b", type="notcallable"),
             lambda: q.add_argument("--c", type=argparse.FileType),
             lambda: q.add_argument("--d", nargs=2, metavar=("A", "B", "C")),
             lambda: q.add_argument("x", dest="y"),
             lambda: q.add_argument("--e", action="store_const"),
             lambda: q.add_argument("--f", const=3),
             lambda: q.add_argument("--g", action="append", nargs=0),
             lambda: q.add_argument("-", "--"),
             lambda: q.add_argument("--h", "-h"),
             lambda: q.add_argument("-x", "-h", "--help"),
             lambda: q.add_mutually_exclusive_group().add_argument("--r", required=True),
             lambda: q.add_argument("--n", nargs="x")):
    try:
        action = call()
        print("ok", action.dest, action.option_strings, action.const)
    except (ValueError, TypeError, argparse.ArgumentError) as exc:
        print(type(exc).__name__ + ":", exc)
