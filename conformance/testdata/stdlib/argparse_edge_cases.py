# Edge cases: type applied to string defaults, '--' inside option values, mutually
# exclusive options given their defaults, nargs=SUPPRESS, aliases of one option.
import argparse, io, sys
from contextlib import redirect_stderr, redirect_stdout
def attempt(parser, argv, how="parse_args"):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            result = getattr(parser, how)(argv)
        except SystemExit as e:
            result = f"exit {e.code}"
        except Exception as e:
            result = f"{type(e).__name__}: {e}"
    print(how, argv, "->", result)
    for line in (out.getvalue() + err.getvalue()).splitlines():
        print("  |", line)
p = argparse.ArgumentParser(prog="p")
p.add_argument("--t", type=int, default="5")
p.add_argument("--c", choices="abc")
p.add_argument("a", nargs="?", type=int, default="7")
p.add_argument("b", nargs="*", type=int, default="8")
p.add_argument("--o", nargs="*")
p.add_argument("--d", nargs="?", const=["k"], default=None)
p.add_argument("--e", nargs="?", const="9", type=int)
for argv in ([], ["--c", "ab"], ["--c", "b"], ["1", "2", "3"], ["--o", "x", "--", "y"], ["--o", "--", "x"], ["--d"], ["--e"], ["--t", "1", "--", "2", "--", "3"], ["-"], ["--o", "-", "x"], ["1", "--o", "a", "2"]):
    attempt(p, argv)
q = argparse.ArgumentParser(prog="q")
g = q.add_mutually_exclusive_group()
g.add_argument("--x", default="dx")
g.add_argument("--y", type=int, default="3")
g.add_argument("--z", nargs="*", default=[])
for argv in (["--x", "dx", "--y", "3"], ["--y", "3", "--x", "dx"], ["--x", "q", "--y", "3"], ["--z", "--x", "dx"], ["--x", "a", "--z"]):
    attempt(q, argv)
r = argparse.ArgumentParser(prog="r")
r.add_argument("--req", required=True, default="d")
r.add_argument("p", choices=[1, 2], type=int, nargs="+")
for argv in (["1"], ["--req", "x", "3"], ["--req", "x", "1", "2", "1"]):
    attempt(r, argv)
s = argparse.ArgumentParser(prog="s")
s.add_argument("x", nargs=argparse.SUPPRESS)
s.add_argument("--s", nargs=argparse.SUPPRESS)
s.add_argument("z", nargs=0, action="store_true") if False else None
attempt(s, [])
attempt(s, ["a"])
try:
    s.add_argument("zz", nargs=0)
except ValueError as e:
    print(e)
try:
    s.add_argument("zz", action="store_true")
    print(s.format_usage())
    attempt(s, [])
except Exception as e:
    print(type(e).__name__, e)
t = argparse.ArgumentParser(prog="t")
t.add_argument("--foo", "-f", "--foo-bar", dest="F", metavar="FOO_VAL", help="h")
t.add_argument("-q", action="store_const", const=[1])
t.add_argument("--xx", action="append", nargs=2, type=int)
t.print_help()
attempt(t, ["-fv", "--foo-b=w", "-q", "--xx", "1", "2", "--xx", "3", "4"])
attempt(t, ["--xx", "1"])
attempt(t, ["--fo", "v"])
attempt(t, ["-f"])
print(t._option_string_actions.keys())
print(t.parse_args(["-f", "v"]))
u = argparse.ArgumentParser(prog="u")
u.add_argument("--n", action="count", default=None)
u.add_argument("--ver", action="version", version="1", help="hv")
u.add_argument("-v", action="extend", nargs="?", default=None)
attempt(u, ["--n", "--n", "-v", "x", "-v"])
attempt(u, ["-h"])
