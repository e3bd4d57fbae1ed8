# Formatter classes and help text details: %-expansion, parents, conflict
# resolution, custom formatter factories and widths.
import os
os.environ["COLUMNS"] = "70"
import argparse
import io
import sys

print(argparse.ArgumentParser().prog, argparse.ArgumentParser(prog=None).format_usage(), end="")

base = argparse.ArgumentParser(add_help=False)
base.add_argument("--log", choices=["debug", "info"], default="info", help="log level %(choices)s, default %(default)r")
bg = base.add_argument_group("shared", "From the parent.")
bg.add_argument("--shared-flag", action="store_true", help="set %(dest)s (const %(const)s, required %(required)s)")
bx = base.add_mutually_exclusive_group()
bx.add_argument("--json", action="store_true")
bx.add_argument("--yaml", action="store_true")
base.set_defaults(origin="parent")

child = argparse.ArgumentParser(prog="child", parents=[base], description="%(prog)s does things",
                                usage="%(prog)s [opts]", epilog="100%% sure, %(prog)s.",
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
child.add_argument("--count", type=int, default=3, help="number %(type)s with metavar %(metavar)s", metavar="C")
child.add_argument("--nohelp", default="x")
child.add_argument("--empty-help", default=5, help="")
child.add_argument("--space-help", default=6, help="   ")
child.add_argument("--suppressed-default", default=argparse.SUPPRESS, help="no default shown")
child.add_argument("--has-default-text", default=1, help="already %(default)s")
child.add_argument("pos", nargs="?", default="p", help="optional positional")
child.add_argument("req", help="required positional")
child.add_argument("star", nargs="*", default=[], help="star positional")
child.print_help()
print(child.parse_args(["a", "--json"]))
try:
    child.parse_args(["a", "--json", "--yaml"])
except SystemExit as e:
    print("exit", e.code)

clash = argparse.ArgumentParser(prog="clash", parents=[base], add_help=False)
try:
    argparse.ArgumentParser(parents=[base, base])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)

res = argparse.ArgumentParser(prog="resolve", conflict_handler="resolve")
res.add_argument("-f", "--file", help="old file")
res.add_argument("--file", help="new file")
res.add_argument("-f", help="new f")
res.add_argument("-h", "--host", help="replaces help")
res.print_help()
print(res.parse_args(["-f", "1", "--file", "2", "-h", "3"]))

wide = argparse.ArgumentParser(prog="wide", formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=60))
wide.add_argument("--a-rather-long-option", metavar="VALUE", help="help text that is long enough to wrap around at sixty columns")
wide.add_argument("--an-even-longer-option-name-here", metavar="VALUE", help="starts on next line")
wide.add_argument("-s", help="short")
wide.print_help()

narrow = argparse.ArgumentParser(prog="narrow", formatter_class=lambda prog: argparse.RawTextHelpFormatter(prog, indent_increment=1, width=30),
                                 description="  keep\n    me\n")
narrow.add_argument("--x", help="line one\n  line two is a long one that will not be wrapped")
narrow.add_argument("y", help="")
narrow.print_help()

mt = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument("--n", type=int, nargs=2)
mt.add_argument("--f", type=float, nargs="?")
mt.add_argument("--m", type=int, metavar="M")
mt.add_argument("--c", type=str, choices=["a"])
mt.add_argument("--flag", action="store_true")
mt.add_argument("names", type=str, nargs="+")
mt.print_help()
try:
    mt.add_argument("--untyped")
    mt.format_help()
except AttributeError as e:
    print("AttributeError:", e)

out = io.StringIO()
child.print_usage(out)
child.print_help(file=out)
print(len(out.getvalue().splitlines()), out.getvalue().splitlines()[0])
saved = sys.stderr
sys.stderr = None
try:
    child.parse_args([])
except SystemExit as e:
    print("quiet exit", e.code)
sys.stderr = saved
try:
    child.exit(3, "bye\n")
except SystemExit as e:
    print("exit", e.code)
try:
    child.exit()
except SystemExit as e:
    print("exit", e.code)

sub = argparse.ArgumentParser(prog="subs")
sp = sub.add_subparsers(description="only a description")
sp.add_parser("a-very-long-subcommand-name-that-overflows", help="long one", aliases=["short"])
sp.add_parser("b", help="%(prog)s help")
sub.print_help()
print(sp._choices_actions[1].help, sp._get_subactions()[0].metavar, repr(sp._choices_actions[0]))

fmt = argparse.HelpFormatter(prog="raw")
fmt.add_text("%(prog)s: text with   spaces")
fmt.add_text(argparse.SUPPRESS)
fmt.add_text(None)
fmt.start_section(argparse.SUPPRESS)
fmt.add_text("hidden heading")
fmt.end_section()
fmt.start_section("empty")
fmt.end_section()
print(repr(fmt.format_help()))
print(repr(argparse.HelpFormatter("p").format_help()))
os.environ["COLUMNS"] = "5"
print(argparse.HelpFormatter("p")._width, argparse.HelpFormatter("p")._max_help_position)
tiny = argparse.ArgumentParser(prog="tiny", description="words in a very narrow terminal")
tiny.add_argument("--opt", help="some help words")
tiny.print_help()
del os.environ["COLUMNS"]
