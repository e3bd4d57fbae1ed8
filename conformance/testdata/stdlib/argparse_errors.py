import os
os.environ["COLUMNS"] = "80"
import argparse
import io
import sys
from contextlib import redirect_stderr, redirect_stdout

p = argparse.ArgumentParser(prog="prog")
p.add_argument("count", type=int)
p.add_argument("--level", choices=["low", "high"])
p.add_argument("--size", type=float)
p.add_argument("--two", nargs=2)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--foo")
p.add_argument("--foobar")
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--xml", action="store_true")
r = p.add_mutually_exclusive_group(required=True)
r.add_argument("--in", dest="inp")
r.add_argument("--stdin", action="store_true")
grp = p.add_argument_group("output", "Where results go.")
grp.add_argument("--out", default="-", help="output path")


def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return n


p.add_argument("--pos", type=positive)

p.print_help()
cases = [
    [],
    ["--stdin"],
    ["x", "--stdin"],
    ["1", "--stdin", "--level", "mid"],
    ["1", "--stdin", "--size", "big"],
    ["1", "--stdin", "--two", "a"],
    ["1", "--stdin", "--fo", "z"],
    ["1", "--stdin", "--json", "--xml"],
    ["1", "--stdin", "--in", "f"],
    ["1"],
    ["1", "--stdin", "--pos", "-4"],
    ["1", "--stdin", "extra", "args"],
    ["1", "--stdin", "--level"],
    ["1", "--stdin", "--opt"],
    ["1", "--stdin", "--foob", "B", "--out=o.txt", "--json"],
    ["-h"],
]
for argv in cases:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            ns = p.parse_args(argv)
            print(ns)
        except SystemExit as e:
            print("exit", e.code)
    print(argv)
    print(out.getvalue().splitlines()[-1])
    print(err.getvalue(), end="")

q = argparse.ArgumentParser(prog="q", exit_on_error=False)
q.add_argument("--n", type=int)
try:
    q.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
for bad in (lambda: q.add_argument("--n"), lambda: q.add_argument("x", required=True),
            lambda: q.add_argument("--s", action="store", nargs=0),
            lambda: q.add_argument("bad-opt", "-b")):
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
p.parse_args(["7", "--in", "f", "--stdin"])
