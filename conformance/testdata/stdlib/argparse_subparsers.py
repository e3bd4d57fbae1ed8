import os
os.environ["COLUMNS"] = "80"
import argparse
import io
from contextlib import redirect_stderr

parser = argparse.ArgumentParser(prog="git", description="A tiny VCS.")
parser.add_argument("--debug", action="store_true")
sub = parser.add_subparsers(dest="command", help="sub-command help")

clone = sub.add_parser("clone", help="clone a repository", aliases=["cl"])
clone.add_argument("url")
clone.add_argument("--depth", type=int, default=0)
clone.set_defaults(func=lambda ns: "cloning " + ns.url)

commit = sub.add_parser("commit", help="record changes", description="Record changes to the repository.")
commit.add_argument("-m", "--message", required=True)
commit.add_argument("--amend", action="store_true")
commit.set_defaults(func=lambda ns: "commit " + repr(ns.message))

sub.add_parser("status")

parser.print_help()
commit.print_help()
clone.print_usage()

for argv in (["clone", "http://x", "--depth", "1"], ["--debug", "cl", "u"],
             ["commit", "-m", "msg", "--amend"], ["status"], []):
    ns = parser.parse_args(argv)
    func = getattr(ns, "func", None)
    print(argv, "->", ns.command, ns.debug, func(ns) if func else None)

for argv in (["push"], ["commit"], ["clone"], ["clone", "u", "--bogus"]):
    err = io.StringIO()
    with redirect_stderr(err):
        try:
            parser.parse_args(argv)
        except SystemExit as e:
            print(argv, "exit", e.code)
    print(err.getvalue(), end="")

p2 = argparse.ArgumentParser(prog="tool")
s2 = p2.add_subparsers(title="commands", description="available commands", dest="cmd", required=True, metavar="CMD")
a = s2.add_parser("add", help="add things")
a.add_argument("items", nargs="+")
s2.add_parser("list", help="list things")
p2.print_help()
print(p2.parse_args(["add", "x", "y"]))
err = io.StringIO()
with redirect_stderr(err):
    try:
        p2.parse_args([])
    except SystemExit as e:
        print("exit", e.code)
print(err.getvalue(), end="")
ns, extra = p2.parse_known_args(["list", "--zzz", "q"])
print(ns, extra)
