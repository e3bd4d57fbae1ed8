import os
os.environ["COLUMNS"] = "80"
import argparse

p = argparse.ArgumentParser(prog="tool", description="Process some files and report on them in a very detailed and thorough way.",
                            epilog="See the manual for more.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-q", "--quiet", action="store_true", help="less output")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("-n", "--num", type=int, default=3, metavar="N", help="how many")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="one of %(choices)s")
p.add_argument("-I", "--include", action="append", default=[], help="add a path")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("--tags", nargs="*")
p.add_argument("--files", nargs="+", help="one or more files to process; this help text is long enough to wrap onto a second line")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--flag", action="append_const", const="x", dest="flags")
p.add_argument("--ext", action="extend", nargs="+", type=str)
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use colors")
p.add_argument("--version", action="version", version="%(prog)s 1.2")
p.add_argument("--secret", help=argparse.SUPPRESS)

print(p.format_usage(), end="")
p.print_help()
print(p.parse_args(["a.txt"]))
ns = p.parse_args(["a", "b", "-vvv", "-q", "--no-cache", "-n", "7", "--mode=slow",
                   "-I", "x", "-Iy", "--pair", "k", "v", "--tags", "--files", "f1", "f2",
                   "--const", "--flag", "--flag", "--ext", "a", "b", "--ext", "c", "--no-color"])
print(ns)
print(vars(ns)["num"], ns.include, ns.pair, ns.tags, ns.files, ns.flags, ns.ext, ns.color)
print(p.parse_args(["--verb", "x", "--num=5", "--tags", "t1", "t2"]))
print(p.parse_known_args(["x", "--unknown", "y", "-z"]))
print(p.parse_args(["--", "-dash", "-x"]))
print(argparse.Namespace(a=1, b="x") == argparse.Namespace(b="x", a=1), "a" in argparse.Namespace(a=1))
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)

q = argparse.ArgumentParser(prog="calc", add_help=False, formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument("numbers", type=float, nargs="+", help="values")
q.add_argument("--op", default="sum", help="operation")
q.add_argument("rest", nargs=argparse.REMAINDER)
q.set_defaults(extra="yes")
print(q.parse_args(["1", "2.5", "--op", "max", "more"]))
print(q.get_default("extra"), q.get_default("op"))
q.print_help()
r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="line one\n  indented line\nline three")
r.add_argument("-x", type=int, required=True, help="x value")
r.add_argument("--neg", type=int)
r.print_help()
print(r.parse_args(["-x", "-5", "--neg", "-3"]))
print(repr(r._actions[1]))
