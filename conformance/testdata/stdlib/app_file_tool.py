"""A small file-organising command-line tool: options from sys.argv,
a sample tree in a temporary directory, pathlib for every path, hashlib
for duplicates, shutil to move and copy, json for the final report."""
import hashlib
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path


def parse_args(argv):
    opts = {'commands': [], 'min_size': 0, 'dry_run': False, 'exclude': []}
    args = iter(argv)
    for a in args:
        if a == '--min-size':
            opts['min_size'] = int(next(args))
        elif a == '--dry-run':
            opts['dry_run'] = True
        elif a.startswith('--exclude='):
            opts['exclude'].append(a.split('=', 1)[1])
        elif a.startswith('-'):
            raise SystemExit('unknown option ' + a)
        else:
            opts['commands'].append(a)
    return opts


def make_tree(root):
    files = {'notes/todo.txt': 'buy milk\n', 'notes/copy of todo.txt': 'buy milk\n', 'img/cat.png': 'PNG' * 40,
             'img/dog.PNG': 'PNG' * 41, 'src/app.py': 'print("hi")\n', 'src/util.py': '', 'README': 'readme\n',
             'src/.cache/blob.bin': 'x' * 100, 'archive/old/todo.txt': 'buy milk\n'}
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def walk(root, opts):
    for p in sorted(root.rglob('*')):
        rel = p.relative_to(root)
        if p.is_file() and p.stat().st_size >= opts['min_size'] and not any(rel.match(x) for x in opts['exclude']):
            yield p, rel


opts = parse_args(sys.argv[1:])
print('options', opts)
with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / 'data'
    make_tree(root)
    report = {}
    for cmd in opts['commands']:
        if cmd == 'summary':
            kinds = Counter((p.suffix.lower() or '<none>') for p, _ in walk(root, opts))
            size = sum(p.stat().st_size for p, _ in walk(root, opts))
            print('summary', sorted(kinds.items()), size)
            report['summary'] = {'kinds': dict(sorted(kinds.items())), 'bytes': size}
        elif cmd == 'dupes':
            groups = {}
            for p, rel in walk(root, opts):
                groups.setdefault(hashlib.sha256(p.read_bytes()).hexdigest()[:12], []).append(rel.as_posix())
            dupes = sorted(sorted(v) for v in groups.values() if len(v) > 1)
            print('dupes', dupes)
            report['dupes'] = dupes
        elif cmd == 'organize':
            moved = []
            for p, rel in list(walk(root, opts)):
                target = root / 'by-type' / (p.suffix.lower().lstrip('.') or 'other') / p.name
                if target.exists() or rel.parts[0] == 'by-type':
                    target = target.with_stem(target.stem + '-' + rel.parent.name)
                moved.append((rel.as_posix(), target.relative_to(root).as_posix()))
                if not opts['dry_run']:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.move(str(p), str(target))
            for a, b in moved:
                print(f'  {a:<24} -> {b}')
            report['moved'] = len(moved)
        elif cmd == 'backup':
            dest = shutil.copytree(root, Path(tmp) / 'backup', ignore=shutil.ignore_patterns('.*'))
            print('backup', sorted(p.relative_to(dest).as_posix() for p in Path(dest).rglob('*') if p.is_file()))
        else:
            print('unknown command', cmd, file=sys.stderr)
    left = sorted(p.relative_to(root).as_posix() for p in root.glob('**/*') if p.is_file())
    print('tree', left)
    print(json.dumps(report, indent=1, sort_keys=True))
print('cleaned', not root.exists())
