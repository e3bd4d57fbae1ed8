# Randomly built parsers (fixed seed) given random command lines: results
# and error messages.
import argparse, random, sys, io
from contextlib import redirect_stderr, redirect_stdout
rng = random.Random(7)
for case in range(60):
    p = argparse.ArgumentParser(prog="f", exit_on_error=rng.random() < 0.5, allow_abbrev=rng.random() < 0.7)
    mx = p.add_mutually_exclusive_group(required=rng.random() < 0.2)
    names = []
    for i in range(rng.randint(1, 7)):
        kind = rng.random()
        try:
            if kind < 0.35:
                nm = "pos%d" % i
                p.add_argument(nm, nargs=rng.choice([None, "?", "*", "+", 2, argparse.REMAINDER]),
                               type=rng.choice([str, int]), choices=rng.choice([None, ["1", "2", "a"], [1, 2]]) if False else None)
            else:
                opts = rng.choice([["--opt%d" % i], ["-%s" % "abcdefg"[i]], ["-%s" % "abcdefg"[i], "--o%d" % i]])
                names += opts
                action = rng.choice(["store", "store_true", "count", "append", "store_const", "extend"])
                kw = {}
                if action in ("store", "append", "extend"):
                    kw["nargs"] = rng.choice([None, "?", "*", "+", 2]) if action != "extend" else rng.choice(["*", "+"])
                    kw["type"] = rng.choice([str, int])
                    if kw["nargs"] == "?":
                        kw["const"] = "C"
                if action == "store_const":
                    kw["const"] = 42
                target = mx if rng.random() < 0.3 else p
                target.add_argument(*opts, action=action, **kw)
        except ValueError as e:
            print("VE", e)
    if not mx._group_actions:
        p._mutually_exclusive_groups.remove(mx)
    pool = names + ["1", "2", "x", "--", "-1", "--opt1=3", "-ab", "-a1", "--o", "--opt", "-"]
    for k in range(15):
        argv = [rng.choice(pool) for _ in range(rng.randint(0, 6))]
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                r = p.parse_known_args(argv) if rng.random() < 0.3 else p.parse_args(argv)
            except SystemExit as e:
                r = "exit %s" % e.code
            except argparse.ArgumentError as e:
                r = "AE %s" % e
            except Exception as e:
                r = "%s %s" % (type(e).__name__, e)
        print(case, argv, r, err.getvalue().splitlines()[-1:])
