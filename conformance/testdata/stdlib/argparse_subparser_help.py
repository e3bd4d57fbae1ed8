# Sub-command help layout, aliases, nested sub-commands, defaults and errors.
import os
os.environ["COLUMNS"] = "80"
import argparse
import io
from contextlib import redirect_stderr, redirect_stdout


def attempt(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            result = parser.parse_args(argv)
        except SystemExit as e:
            result = f"exit {e.code}"
    print(argv, "->", result)
    if out.getvalue():
        print("stdout:", out.getvalue(), sep="\n", end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), sep="\n", end="")


top = argparse.ArgumentParser(prog="pkg", description="Package manager.")
top.add_argument("--root", default="/")
cmds = top.add_subparsers(title="commands", description="Pick one of these.", help="command to run", dest="cmd")
inst = cmds.add_parser("install", aliases=["i", "in"], help="install packages",
                       description="Install one or more packages.", epilog="Happy installing.")
inst.add_argument("names", nargs="+", help="package names")
inst.add_argument("--upgrade", "-U", action="store_true", help="upgrade if present")
inst.set_defaults(handler="install")
rem = cmds.add_parser("remove", help="remove packages")
rem.add_argument("names", nargs="*")
rem.set_defaults(handler="remove", root="/override")
cmds.add_parser("hidden-from-list")
cache = cmds.add_parser("cache", help="manage the cache")
cache_cmds = cache.add_subparsers(dest="cache_cmd", required=True)
cache_cmds.add_parser("clear", help="drop everything").add_argument("--force", action="store_true")
cache_cmds.add_parser("show")
print(cmds.choices.keys())
print(type(cmds).__name__, cmds.dest, cmds.nargs, cmds.required, cmds.metavar)
top.print_help()
print("---")
inst.print_help()
print("---")
cache.print_help()
print("---")
print(cache_cmds._name_parser_map["clear"].prog)
attempt(top, ["install", "a", "b", "-U"])
attempt(top, ["i", "x"])
attempt(top, ["remove"])
attempt(top, ["--root", "/r", "remove", "x"])
attempt(top, ["cache", "clear", "--force"])
attempt(top, ["cache"])
attempt(top, ["cache", "wipe"])
attempt(top, ["uninstall"])
attempt(top, ["install"])
attempt(top, ["install", "-h"])
attempt(top, ["cache", "-h"])
attempt(top, ["install", "a", "--bogus"])
attempt(top, [])
print(top.parse_known_args(["install", "a", "--x", "--root", "/q"]))

nodest = argparse.ArgumentParser(prog="nd")
sp = nodest.add_subparsers(required=True)
sp.add_parser("one")
sp.add_parser("two")
attempt(nodest, [])
attempt(nodest, ["one"])
attempt(nodest, ["three"])
nodest.print_help()

withmeta = argparse.ArgumentParser(prog="wm")
sp = withmeta.add_subparsers(dest="action", metavar="ACTION", required=True)
sp.add_parser("go", help="move")
attempt(withmeta, [])
attempt(withmeta, ["go", "extra"])

try:
    sp.add_parser("go")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    sp.add_parser("stop", aliases=["go"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
err = io.StringIO()
with redirect_stderr(err):
    try:
        withmeta.add_subparsers()
    except SystemExit as e:
        print("exit", e.code)
print(err.getvalue(), end="")


class MyParser(argparse.ArgumentParser):
    pass


custom = MyParser(prog="custom")
sub = custom.add_subparsers(dest="c", prog="CUSTOM-PROG")
child = sub.add_parser("kid")
print(type(child).__name__, child.prog)
sub2 = argparse.ArgumentParser(prog="p2").add_subparsers(parser_class=argparse.ArgumentParser)
print(sub2.add_parser("x", prog="explicit").prog)

quirk = argparse.ArgumentParser(prog="quirk")
quirk.add_argument("target", nargs="?")
qs = quirk.add_subparsers(dest="cmd")
qs.add_parser("run")
attempt(quirk, ["t", "run"])
attempt(quirk, ["run"])
