# Help layout of argument groups, mutually exclusive groups and wrapping.
import os
os.environ["COLUMNS"] = "72"
import argparse

p = argparse.ArgumentParser(prog="layout", description="""A description
that spans    several lines and has   odd spacing; it is refilled to the width
of the terminal by the default formatter.""", epilog="Epilog text, also refilled to fit within the width of the terminal window nicely.")
p.add_argument("input", help="the input file")
p.add_argument("outputs", nargs="+", metavar="OUT", help="where to write")
net = p.add_argument_group("network", "Options that control how the program talks to the network; they are all optional.")
net.add_argument("--host", default="localhost", help="host name (default: %(default)s)")
net.add_argument("--port", type=int, default=8080, help="port, an %(type)s")
net.add_argument("--timeout-in-seconds-for-slow-servers", type=float, metavar="SECONDS",
                 help="how long to wait before giving up on a server that does not answer")
empty = p.add_argument_group("empty group", "this group has no arguments so it is not shown")
titled = p.add_argument_group("no description")
titled.add_argument("-z", action="store_true")
mode = p.add_mutually_exclusive_group()
mode.add_argument("--fast", action="store_true", help="go fast")
mode.add_argument("--slow", action="store_true", help="go slow")
mode.add_argument("--level", type=int, choices=range(1, 4), help="level %(choices)s")
req = p.add_mutually_exclusive_group(required=True)
req.add_argument("--alpha", action="store_const", const="a", dest="letter")
req.add_argument("--beta", action="store_const", const="b", dest="letter")
p.add_argument("--pair", nargs=2, metavar=("LEFT", "RIGHT"), help="two values")
p.add_argument("--many", nargs="*", metavar=("FIRST", "REST"))
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--opt", nargs="?", const="c", help="optional value")
p.print_help()
print(repr(p.format_usage()))

for cols in ("40", "100", "30"):
    os.environ["COLUMNS"] = cols
    print("COLUMNS", cols)
    p.print_usage()
    print(p.format_help().splitlines()[-6:])

os.environ["COLUMNS"] = "80"
long = argparse.ArgumentParser(prog="a-program-with-a-really-quite-extraordinarily-long-name-indeed")
for i in range(6):
    long.add_argument(f"--option-{i}", metavar="VALUE")
long.add_argument("positional_one")
long.add_argument("positional_two", nargs="?")
long.print_usage()
short = argparse.ArgumentParser(prog="s", add_help=False)
for i in range(12):
    short.add_argument(f"arg{i}")
short.print_usage()
only_opts = argparse.ArgumentParser(prog="o")
for i in range(9):
    only_opts.add_argument(f"--flag-number-{i}", action="store_true")
only_opts.print_usage()
nothing = argparse.ArgumentParser(prog="nothing", add_help=False)
print(repr(nothing.format_help()), repr(nothing.format_usage()))
custom = argparse.ArgumentParser(prog="c", usage=argparse.SUPPRESS, description="no usage line")
custom.add_argument("x")
print(custom.format_help())
mixed = argparse.ArgumentParser(prog="mixed")
g = mixed.add_mutually_exclusive_group()
g.add_argument("--a", action="store_true")
g.add_argument("--b", help=argparse.SUPPRESS)
g.add_argument("--c", action="store_true")
g2 = mixed.add_mutually_exclusive_group(required=True)
g2.add_argument("--only")
mixed.add_argument("name", nargs="*")
mixed.print_usage()
hf = argparse.HelpFormatter("prog", indent_increment=4, max_help_position=10, width=50)
hf.add_usage(None, mixed._actions, mixed._mutually_exclusive_groups, "Usage> ")
hf.start_section("things")
hf.add_text("some text here")
hf.add_arguments(mixed._actions)
hf.end_section()
print(hf.format_help())
