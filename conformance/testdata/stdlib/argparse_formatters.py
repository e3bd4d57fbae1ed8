import os
os.environ["COLUMNS"] = "60"
import argparse
import sys

print(os.path.basename(sys.argv[0]), sys.argv[1:])
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", metavar="PATH", help="configuration file to read before anything else happens")
base.set_defaults(shared=True)

p = argparse.ArgumentParser(parents=[base], formatter_class=argparse.RawTextHelpFormatter,
                            conflict_handler="resolve",
                            description="Keeps\n   its own\nline breaks.")
p.add_argument("-c", "--count", type=int, help="first line\nsecond line\n  indented third")
p.add_argument("-c", "--check", action="store_true", help="replaces -c of --count")
p.add_argument("names", nargs="*", default=["all"], help="names")
print(p.prog)
p.print_help()
print(p.parse_args())

m = argparse.ArgumentParser(prog="a_program_with_a_rather_long_name_for_wrapping",
                            formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument("--width", type=int, help="w")
m.add_argument("--height", type=float, help="h")
m.add_argument("--label", type=str)
m.add_argument("--alpha-value", type=int)
m.add_argument("--beta-value", type=int)
m.add_argument("target", type=str)
m.add_argument("extra", type=str, nargs="*")
m.print_help()

u = argparse.ArgumentParser(prog="u", usage="%(prog)s [options] FILE", epilog="Bye %(prog)s.")
u.add_argument("file", metavar="FILE")
g = u.add_argument_group("advanced", "Tuning knobs that most users can safely ignore entirely.")
g.add_argument("--knob", type=int, default=5, help="knob value, default %(default)s, type %(type)s")
x = g.add_mutually_exclusive_group()
x.add_argument("--on", action="store_true")
x.add_argument("--off", action="store_true")
u.print_help()
print(u.parse_args(["f", "--knob", "9", "--off"]))
u.parse_args(["--on", "--off", "f"])
