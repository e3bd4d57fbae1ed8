# Groups nested inside groups (deprecated in 3.11): the warnings, and where
# the nested groups' arguments end up in usage and help.
import argparse
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    p = argparse.ArgumentParser(prog="x")
    g = p.add_argument_group("g")
    gg = g.add_argument_group("gg")
    gg.add_argument("--a")
    m = p.add_mutually_exclusive_group()
    mm = m.add_mutually_exclusive_group(required=True)
    mm.add_argument("--b")
    mm.add_argument("--c")
    inner = g.add_mutually_exclusive_group()
    inner.add_argument("--d", action="store_true")
    inner.add_argument("--e", action="store_true")
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__)
print(type(gg).__name__, gg in p._action_groups, gg in g._action_groups, mm in p._mutually_exclusive_groups)
print([a.dest for a in m._group_actions], [a.dest for a in g._group_actions])
p.print_help()
print(p.parse_args(["--a", "1", "--b", "2", "--d"]))
try:
    p.parse_args(["--d", "--e", "--c", "3"])
except SystemExit as e:
    print("exit", e.code)
