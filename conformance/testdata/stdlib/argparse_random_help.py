# Randomly built parsers (fixed seed) compared on their full help output.
import argparse, random, sys
rng = random.Random(2024)
words = ["alpha", "b", "config-file", "x", "verbose", "output-directory-name", "n", "q", "level", "a-really-long-option-name-for-testing"]
for case in range(40):
    width = rng.choice([20, 30, 45, 60, 80, 100, 130])
    prog = rng.choice(["p", "prog", "a-long-program-name-here", "x" * rng.randint(1, 70)])
    fc = rng.choice([argparse.HelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter])
    p = argparse.ArgumentParser(prog=prog, add_help=rng.random() < 0.7,
        formatter_class=lambda prog, fc=fc, w=width: fc(prog, width=w, max_help_position=rng.choice([10, 24, 40])),
        description=rng.choice([None, "desc " * rng.randint(1, 30), "line\n  two\n\n\nthree   x"]),
        epilog=rng.choice([None, "epi " * rng.randint(1, 20)]))
    used = set()
    groups = [p, p.add_argument_group("grp", rng.choice([None, "group description " * 3])),
              p.add_mutually_exclusive_group(required=rng.random() < 0.3)]
    for i in range(rng.randint(0, 9)):
        w = rng.choice(words) + str(i)
        kind = rng.random()
        target = rng.choice(groups)
        help_ = rng.choice([None, "short help", "help " * rng.randint(1, 25), argparse.SUPPRESS, "with\nnewline  and   spaces"])
        try:
            if kind < 0.3 and target is not groups[2]:
                target.add_argument(w.replace("-", "_"), nargs=rng.choice([None, "?", "*", "+", 2]), help=help_,
                                    metavar=rng.choice([None, None, "META"]))
            elif kind < 0.6:
                opts = ["--" + w] + (["-" + w[0] + str(i)] if rng.random() < 0.5 else [])
                rng.shuffle(opts)
                target.add_argument(*opts, action=rng.choice(["store_true", "count", "store_const"]), const=1, help=help_) if False else \
                target.add_argument(*opts, action=rng.choice(["store_true", "count"]), help=help_)
            else:
                opts = ["--" + w]
                target.add_argument(*opts, nargs=rng.choice([None, "?", "*", "+", 1, 3]), help=help_, default=rng.choice([None, 3, "d"]),
                                    choices=rng.choice([None, ["c1", "c2"]]), required=rng.random() < 0.2 and target is not groups[2])
        except ValueError as e:
            print("ValueError", e)
    if not groups[2]._group_actions:
        p._mutually_exclusive_groups.remove(groups[2])
    if rng.random() < 0.3:
        sp = p.add_subparsers(dest="cmd", help=rng.choice([None, "commands"]))
        for j in range(rng.randint(1, 4)):
            sp.add_parser(rng.choice(words) + "c" + str(j), help=rng.choice([None, "sub help"]), aliases=rng.choice([[], ["al" + str(j)]]))
    print("=" * 10, case)
    try:
        print(p.format_help())
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
