# FileType, BooleanOptionalAction, custom Action subclasses, type functions,
# version, argument_default, SUPPRESS defaults and Namespace behaviour.
import os
os.environ["COLUMNS"] = "80"
import argparse
import io
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout


def attempt(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            result = parser.parse_args(argv)
        except SystemExit as e:
            result = f"exit {e.code}"
    print(str(argv).replace(tmp, "TMP"), "->", result)
    for label, stream in (("out", out), ("err", err)):
        for line in stream.getvalue().splitlines():
            print(f"  {label}| {line}".replace(tmp, "TMP"))


tmp = None
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.txt")
with open(path, "w") as f:
    f.write("hello\nworld\n")

ft = argparse.ArgumentParser(prog="files")
ft.add_argument("infile", type=argparse.FileType("r"))
ft.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"))
ft.add_argument("--raw", type=argparse.FileType("rb"))
ns = ft.parse_args([path, "--out", os.path.join(tmp, "o.txt"), "--raw", path])
print(ns.infile.read().split(), ns.infile.name == path, ns.out.mode, ns.raw.read())
for handle in (ns.infile, ns.out, ns.raw):
    handle.close()
ns = ft.parse_args(["-", "--out", "-"])
print(ns.infile is sys.stdin, ns.out is sys.stdout)
attempt(ft, [os.path.join(tmp, "missing.txt")])
attempt(ft, [tmp])
for spec in (argparse.FileType(), argparse.FileType("w", 1), argparse.FileType("rb", -1, "latin-1", "strict"),
             argparse.FileType(errors="ignore")):
    print(repr(spec))
try:
    argparse.FileType("q")("-")
except ValueError as e:
    print("ValueError:", e)
print(argparse.FileType("wb")("-") is sys.stdout.buffer)

b = argparse.ArgumentParser(prog="bools")
b.add_argument("--color", action=argparse.BooleanOptionalAction, help="colorize")
b.add_argument("--cache", action=argparse.BooleanOptionalAction, default=True, help="use the cache")
b.add_argument("-s", "--sync", action=argparse.BooleanOptionalAction, default=False)
b.print_help()
for argv in ([], ["--color"], ["--no-color", "--no-cache"], ["--cache", "--no-cache", "--cache"], ["-s"], ["--no-sync"],
             ["--no-col"], ["--color=yes"]):
    attempt(b, argv)
print(b._actions[1].option_strings, b._actions[1].nargs, b._actions[1].format_usage())


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        print("making", option_strings, dest, nargs, sorted(kwargs))
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print("called", repr(values), option_string)
        if isinstance(values, list):
            values = [v.upper() for v in values]
        else:
            values = values.upper()
        setattr(namespace, self.dest, values)


class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        store = dict(getattr(namespace, self.dest) or {})
        for item in values:
            key, sep, value = item.partition("=")
            if not sep:
                parser.error(f"expected KEY=VALUE, got {item!r}")
            store[key] = value
        setattr(namespace, self.dest, store)


c = argparse.ArgumentParser(prog="custom")
c.add_argument("--name", action=Upper, default="none", help="a name")
c.add_argument("words", action=Upper, nargs="*")
c.add_argument("-D", action=KeyValue, nargs="+", dest="defs", metavar="K=V")
c.add_argument("--version", action="version", version="%(prog)s version 3.1   with   spaces")
print(repr(c._actions[1]))
attempt(c, ["--name", "bob", "x", "y", "-D", "a=1", "b=2", "-D", "c=3"])
attempt(c, ["-D", "oops"])
attempt(c, ["--version"])
c.print_help()
try:
    argparse.Action(["-q"], "q")(c, argparse.Namespace(), None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
v = argparse.ArgumentParser(prog="v")
v.version = "from attribute"
v.add_argument("-V", action="version")
attempt(v, ["-V"])


def ratio(text):
    try:
        num, den = text.split("/")
        return int(num) / int(den)
    except ZeroDivisionError:
        raise ValueError("zero")
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a fraction like 1/2")


t = argparse.ArgumentParser(prog="types", argument_default=argparse.SUPPRESS)
t.add_argument("--ratio", type=ratio)
t.add_argument("--hex", type=lambda s: int(s, 16))
t.add_argument("--date", type=str.upper)
t.add_argument("--kept", default="kept")
t.add_argument("--defaulted", type=int, default="42")
t.add_argument("--count", action="count")
t.add_argument("--nums", type=int, nargs="*", default=[1, 2])
attempt(t, [])
attempt(t, ["--ratio", "3/4", "--hex", "1f", "--date", "jan", "--count", "--count"])
attempt(t, ["--ratio", "3"])
attempt(t, ["--ratio", "1/0"])
attempt(t, ["--defaulted", "7", "--nums"])

s = argparse.ArgumentParser(prog="sup")
s.add_argument("--gone", default=argparse.SUPPRESS)
s.add_argument("--nodest", dest=argparse.SUPPRESS, action="store_true")
s.add_argument("--app", action="append", default=["base"])
s.add_argument("--ac", action="append_const", const=int, dest="types")
s.add_argument("--ac2", action="append_const", const=str, dest="types")
s.add_argument("--ext", action="extend", type=int, nargs="*", default=[0])
s.set_defaults(extra=1, app=["reset"])
print(s.get_default("app"), s.get_default("extra"), s.get_default("nothing"))
attempt(s, [])
attempt(s, ["--gone", "g", "--app", "x", "--ac", "--ac2", "--ac", "--ext", "1", "2", "--ext"])
existing = argparse.Namespace(app=["mine"], extra=0)
print(s.parse_args(["--app", "more"], namespace=existing), existing.app)

n = argparse.Namespace(b=2, a=1)
n.c = [3]
setattr(n, "with space", 4)
print(n, vars(n), "a" in n, "z" in n, n == argparse.Namespace(a=1, b=2), n != argparse.Namespace())
print(argparse.Namespace(x=1) == argparse.Namespace(x=1), argparse.Namespace() == {}, repr(argparse.Namespace()))
try:
    hash(argparse.Namespace())
except TypeError as e:
    print("TypeError:", e)

import shutil
shutil.rmtree(tmp)
