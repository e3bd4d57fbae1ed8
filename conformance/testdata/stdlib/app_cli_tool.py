# An application-style program: a command-line tool with argparse
# subcommands over a folder tree handled with pathlib.
import argparse
import sys
import tempfile
from pathlib import Path


def build_parser():
    parser = argparse.ArgumentParser(prog="tree-tool", description="Inspect and tidy a folder tree.")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("ls", help="list files")
    ls.add_argument("--suffix", action="append", default=[])
    ls.add_argument("--sort", choices=["name", "size"], default="name")
    stats = sub.add_parser("stats", help="count files by suffix")
    stats.add_argument("--top", type=int, default=3)
    mv = sub.add_parser("rename", help="change suffixes")
    mv.add_argument("old")
    mv.add_argument("new")
    mv.add_argument("-n", "--dry-run", action="store_true")
    return parser


def run(root, argv):
    args = build_parser().parse_args(argv)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    if args.command == "ls":
        if args.suffix:
            files = [p for p in files if p.suffix in args.suffix]
        key = (lambda p: (p.stat().st_size, p.as_posix())) if args.sort == "size" else (lambda p: p.as_posix())
        for p in sorted(files, key=key):
            rel = p.relative_to(root)
            print(f"{rel.as_posix():<24} {p.stat().st_size:>5}" + (f"  {rel.parent.parts}" if args.verbose else ""))
    elif args.command == "stats":
        counts = {}
        for p in files:
            counts[p.suffix or "(none)"] = counts.get(p.suffix or "(none)", 0) + 1
        for suffix, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]:
            print(f"{suffix:8} {n}")
    elif args.command == "rename":
        for p in files:
            if p.suffix == args.old:
                target = p.with_suffix(args.new)
                print(("would rename" if args.dry_run else "rename"), p.relative_to(root).as_posix(), "->", target.name)
                if not args.dry_run:
                    p.rename(target)


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for i, name in enumerate(["a.txt", "b.md", "src/main.py", "src/util.py", "src/data/x.json", "notes", "src/data/y.txt"]):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x" * (i * 13 % 29))
    for argv in (["ls"], ["-v", "ls", "--suffix", ".py", "--suffix", ".txt", "--sort", "size"],
                 ["stats", "--top", "2"], ["rename", ".txt", ".text", "-n"], ["rename", ".txt", ".text"], ["ls", "--suffix", ".text"]):
        print("$ tree-tool", " ".join(argv))
        run(root, argv)
    sys.stderr = sys.stdout  # show argparse's errors in the compared output
    for argv in (["ls", "--sort", "date"], ["stats", "--top", "many"], []):
        print("$ tree-tool", " ".join(argv))
        try:
            run(root, argv)
        except SystemExit as e:
            print("exit status", e.code)
