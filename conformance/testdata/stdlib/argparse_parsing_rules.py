# Parsing rules: abbreviations, prefix_chars, negative numbers, '--',
# parse_known_args, parse_intermixed_args and fromfile_prefix_chars.
import os
os.environ["COLUMNS"] = "80"
import argparse
import io
from contextlib import redirect_stderr, redirect_stdout


def attempt(parser, argv, how="parse_args"):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            result = getattr(parser, how)(argv)
        except SystemExit as e:
            result = f"exit {e.code}"
    print(how, argv, "->", result)
    for line in (out.getvalue() + err.getvalue()).splitlines():
        print("  |", line)


ab = argparse.ArgumentParser(prog="abbrev")
ab.add_argument("--verbose", action="store_true")
ab.add_argument("--version-file")
ab.add_argument("--output")
ab.add_argument("-x", action="store_true")
ab.add_argument("-y", action="count", default=0)
ab.add_argument("-n", type=int)
ab.add_argument("-long")
for argv in (["--verb"], ["--vers", "f"], ["--ver"], ["--v"], ["--out=o"], ["--o", "p"], ["-xyy"], ["-xn5"], ["-n5", "-x"],
             ["-n=5"], ["-lo", "v"], ["-long=v"], ["-longval"], ["-xz"], ["-yyx", "-y"], ["--output", "--verbose"],
             ["--output=--verbose"], ["-n", "-1"], ["--outp", "a b"]):
    attempt(ab, argv)

no = argparse.ArgumentParser(prog="noabbrev", allow_abbrev=False)
no.add_argument("--verbose", action="store_true")
no.add_argument("-a", action="store_true")
no.add_argument("-b", action="store_true")
no.add_argument("-c")
for argv in (["--verb"], ["--verbose"], ["-ab"], ["-acval"], ["-ba", "-c", "x"]):
    attempt(no, argv)

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-k", type=float)
neg.add_argument("nums", nargs="*", type=float)
for argv in (["-1", "-2.5", "-.5"], ["-k", "-3", "4"], ["-k", "-1e3"], ["--", "-k"], ["-x"], ["5", "-k", "1", "-7"]):
    attempt(neg, argv)
negopt = argparse.ArgumentParser(prog="negopt")
negopt.add_argument("-1", dest="one", action="store_true")
negopt.add_argument("val", nargs="?")
for argv in (["-1"], ["-2"], ["x", "-1"]):
    attempt(negopt, argv)

plus = argparse.ArgumentParser(prog="plus", prefix_chars="+/")
plus.add_argument("+f", "++foo", action="store_true")
plus.add_argument("/b", "//bar")
plus.add_argument("-dash")
plus.print_help()
for argv in (["+f", "/b", "x"], ["++fo", "//bar=y"], ["-dash"], ["+fb"]):
    attempt(plus, argv)

kn = argparse.ArgumentParser(prog="known")
kn.add_argument("--a", type=int)
kn.add_argument("files", nargs="*")
for argv in (["x", "--a", "1", "--b", "2", "y"], ["--a=2", "-q", "--", "--a"], ["--b=3", "-abc"]):
    attempt(kn, argv, "parse_known_args")
attempt(kn, ["--a", "1", "--zz"])

im = argparse.ArgumentParser(prog="inter")
im.add_argument("--foo")
im.add_argument("-v", action="store_true")
im.add_argument("cmd")
im.add_argument("rest", nargs="*", type=int)
for argv in (["doit", "1", "--foo", "bar", "2", "3"], ["-v", "x", "1", "-v", "2"], ["x", "1", "--unknown", "2"]):
    attempt(im, argv)
    attempt(im, argv, "parse_intermixed_args")
attempt(im, ["x", "1", "--unknown", "2"], "parse_known_intermixed_args")
attempt(im, ["--foo", "f"], "parse_intermixed_args")
bad = argparse.ArgumentParser(prog="bad")
bad.add_argument("r", nargs=argparse.REMAINDER)
try:
    bad.parse_intermixed_args(["a"])
except TypeError as e:
    print("TypeError:", e)
bad2 = argparse.ArgumentParser(prog="bad2")
bad2.add_subparsers().add_parser("s")
try:
    bad2.parse_intermixed_args(["s"])
except TypeError as e:
    print("TypeError:", e)
bad3 = argparse.ArgumentParser(prog="bad3")
bad3.add_mutually_exclusive_group().add_argument("p", nargs="?")
try:
    bad3.parse_intermixed_args([])
except TypeError as e:
    print("TypeError:", e)

rem = argparse.ArgumentParser(prog="rem")
rem.add_argument("--opt")
rem.add_argument("command")
rem.add_argument("args", nargs=argparse.REMAINDER)
for argv in (["run", "--opt", "x", "-v"], ["--opt", "o", "run", "a", "--", "b"], ["run"]):
    attempt(rem, argv)
rem.print_usage()

two = argparse.ArgumentParser(prog="two")
two.add_argument("first", nargs=2)
two.add_argument("second", nargs="+")
two.add_argument("--sep", action="store_true")
for argv in (["a", "b", "c"], ["a", "b", "--sep", "c", "d"], ["a", "--sep", "b", "c"], ["a", "b"], ["a", "--", "b", "c", "--", "d"]):
    attempt(two, argv)

with open("argparse_parsing_rules_1.txt", "w") as f:
    f.write("--name\nfrom file\n@argparse_parsing_rules_2.txt\n")
with open("argparse_parsing_rules_2.txt", "w") as f:
    f.write("nested\n\nlast\n")


class SplitLines(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


ff = argparse.ArgumentParser(prog="fromfile", fromfile_prefix_chars="@%")
ff.add_argument("--name")
ff.add_argument("items", nargs="*")
attempt(ff, ["@argparse_parsing_rules_1.txt", "tail"])
attempt(ff, ["%argparse_parsing_rules_2.txt"])
attempt(ff, ["@no_such_file.txt"])
attempt(ff, ["", "@"])
sl = SplitLines(prog="split", fromfile_prefix_chars="@")
sl.add_argument("--name")
sl.add_argument("items", nargs="*")
attempt(sl, ["@argparse_parsing_rules_1.txt"])
os.remove("argparse_parsing_rules_1.txt")
os.remove("argparse_parsing_rules_2.txt")

amb = argparse.ArgumentParser(prog="amb", exit_on_error=False)
amb.add_argument("--alpha")
amb.add_argument("--alps")
attempt(amb, ["--al", "x"])
attempt(amb, ["--alp=1"])
attempt(amb, ["--alph=1"])
