import os
import sys
import tempfile
import shutil
import pathlib
import glob
import fnmatch
import json
import io
from pathlib import Path

def tree(root: Path, prefix=""):
    entries = sorted(root.iterdir(), key=lambda p: (p.is_file(), p.name))
    for i, p in enumerate(entries):
        last = i == len(entries) - 1
        print(f"{prefix}{'└── ' if last else '├── '}{p.name}{'/' if p.is_dir() else ''}")
        if p.is_dir():
            tree(p, prefix + ("    " if last else "│   "))

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / "proj"
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    files = {"src/pkg/__init__.py": "", "src/pkg/core.py": "def f():\n    return 1\n", "src/main.py": "import pkg\n",
             "docs/index.md": "# Title\n\nText\n", "README.md": "hello\nworld\n", "setup.cfg": "[metadata]\nname = proj\n"}
    for rel, text in files.items():
        (root / rel).write_text(text, encoding="utf-8")
    tree(root)
    py = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py"))
    print(py, sorted(os.path.basename(p) for p in glob.glob(str(root / "**" / "*.md"), recursive=True)))
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    print("bytes:", total, "lines:", sum(len(p.read_text().splitlines()) for p in root.rglob("*") if p.is_file()))
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        print(f"{rel:<10} dirs={dirnames} files={sorted(filenames)}")
    core = root / "src" / "pkg" / "core.py"
    print(core.name, core.stem, core.suffix, core.parent.name, core.with_suffix(".txt").name, core.exists(), (root / "nope").exists())
    print(Path("a/b/../c.tar.gz").suffixes, Path("/x/y").is_absolute(), Path("a") / "b" / "c", Path("a/b/c").parts, PurePath := pathlib.PurePosixPath("/usr/lib/x.so").parent)
    with open(root / "README.md", "a") as fh:
        fh.write("appended\n")
    with open(root / "README.md") as fh:
        print([line.rstrip("\n") for line in fh], fh.closed)
    print(fh.closed)
    shutil.copy(root / "README.md", root / "docs" / "README.copy")
    shutil.copytree(root / "src", root / "src2")
    shutil.rmtree(root / "src2" / "pkg")
    os.rename(root / "setup.cfg", root / "setup.ini")
    print(sorted(os.listdir(root)), sorted(os.listdir(root / "src2")), (root / "docs" / "README.copy").read_text().count("\n"))
    data = {"files": len(list(root.rglob("*"))), "names": sorted(fnmatch.filter(os.listdir(root), "*.md"))}
    (root / "meta.json").write_text(json.dumps(data))
    with open(root / "meta.json") as fh:
        print(json.load(fh))
    with open(root / "bin.dat", "wb") as fh:
        fh.write(bytes(range(256)))
    with open(root / "bin.dat", "rb") as fh:
        fh.seek(250)
        print(fh.read(), fh.tell(), os.path.getsize(root / "bin.dat"))
    try:
        open(root / "missing.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        (root / "docs").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    print(os.path.splitext("a/b.c.d"), os.path.join("a", "", "b"), os.path.normpath("a//b/./../c"), os.path.split("/x/y/z"), os.sep, os.path.isdir(tmp))
print(os.path.exists(tmp), os.getcwd() == str(Path.cwd()), os.environ.get("NO_SUCH_VAR", "unset"), sys.argv[0].endswith(".py"))
