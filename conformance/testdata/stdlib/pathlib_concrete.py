import os
import stat
import tempfile
from pathlib import Path, PosixPath, PurePath, PurePosixPath, PureWindowsPath, WindowsPath

print(type(Path("x")).__name__, type(PurePath("x")).__name__, Path() == Path("."), Path("a", "b", "/c", "d"))
try:
    WindowsPath("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Path(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    Path("a") / 3
except TypeError as e:
    print("TypeError:", e)

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    base = Path("work")
    base.mkdir()
    (base / "src" / "pkg").mkdir(parents=True)
    (base / "src" / "pkg").mkdir(parents=True, exist_ok=True)
    try:
        base.mkdir()
    except FileExistsError as e:
        print("FileExistsError:", e)
    try:
        Path("no/such/dir").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    for name, text in [("src/main.py", "print('hi')\n"), ("src/pkg/__init__.py", ""), ("src/pkg/util.py", "X = 1\n"),
                       ("README.md", "# readme\n"), (".hidden", "h"), ("src/data.TXT", "upper"), ("src/notes.txt", "n")]:
        print(name, (base / name).write_text(text))
    print((base / "blob.bin").write_bytes(b"\x00\x01\x02"), (base / "blob.bin").read_bytes())
    print(repr((base / "README.md").read_text()), (base / "src/main.py").stat().st_size)
    try:
        (base / "x.txt").write_text(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
    try:
        (base / "x.bin").write_bytes("text")
    except TypeError as e:
        print("TypeError:", e)
    with (base / "log.txt").open("w") as f:
        f.write("line1\nline2\n")
    with (base / "log.txt").open() as f:
        print(f.readlines())
    with (base / "log.txt").open("a", encoding="utf-8") as f:
        f.write("line3\n")
    print((base / "log.txt").read_text(encoding="utf-8").splitlines())

    print(sorted(p.name for p in base.iterdir()))
    print(sorted(str(p) for p in base.glob("*")))
    print(sorted(str(p) for p in base.glob("*.md")), sorted(str(p) for p in base.glob("src/*.txt")))
    print(sorted(str(p) for p in base.glob("**/*.py")))
    print(sorted(str(p) for p in base.glob("**")))
    print(sorted(str(p) for p in base.glob("*/")), sorted(str(p) for p in base.glob("src/pkg")))
    print(sorted(str(p) for p in base.glob("s?c/[mn]*")), sorted(str(p) for p in base.glob("missing/*")))
    print(sorted(str(p) for p in base.rglob("*.py")), sorted(str(p) for p in base.rglob("pkg")))
    print(sorted(str(p) for p in Path("work/src").rglob("*")))
    print(list((base / "README.md").glob("*")), list(base.glob("src/../README.md")))
    for pattern in ["", "/abs", "a**b"]:
        try:
            list(base.glob(pattern))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)

    f = base / "README.md"
    print(f.exists(), f.is_file(), f.is_dir(), f.is_symlink(), f.is_fifo(), f.is_socket(),
          f.is_block_device(), f.is_char_device(), f.is_mount(), Path("/").is_mount())
    missing = base / "missing"
    print(missing.exists(), missing.is_file(), missing.is_dir(), missing.is_symlink(), (f / "sub").exists())
    try:
        missing.stat()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)

    (base / "link").symlink_to("README.md")
    (base / "dirlink").symlink_to("src", target_is_directory=True)
    (base / "dangling").symlink_to("nowhere")
    print((base / "link").is_symlink(), (base / "link").readlink(), (base / "link").read_text() == f.read_text())
    print((base / "dangling").exists(), (base / "dangling").is_symlink(), (base / "dirlink").is_dir())
    print(stat.S_ISLNK((base / "link").lstat().st_mode), stat.S_ISLNK((base / "link").stat(follow_symlinks=False).st_mode))
    print(f.samefile(base / "link"), f.samefile(str(base / "link")), f.samefile(base / "log.txt"))
    (base / "hard").hardlink_to(f)
    print((base / "hard").stat().st_nlink, f.samefile(base / "hard"))
    print((base / "dirlink/main.py").resolve() == (base / "src/main.py").resolve(), base.resolve().is_absolute())
    print(Path("work/src/../README.md").resolve() == Path(tmp).resolve() / "work/README.md")
    print(Path("work/nothing/../x").resolve().name, Path("work").absolute() == Path(tmp) / "work" or Path(tmp).resolve() / "work")
    try:
        Path("work/nothing").resolve(strict=True)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename.endswith("nothing"))
    print(Path.cwd() == Path(os.getcwd()), Path("/abs").absolute())

    f.chmod(0o600)
    print(oct(stat.S_IMODE(f.stat().st_mode)))
    t = base / "touched"
    t.touch()
    t.touch()
    try:
        t.touch(exist_ok=False)
    except FileExistsError as e:
        print("FileExistsError:", e)
    print(t.exists(), t.stat().st_size)
    t.unlink()
    t.unlink(missing_ok=True)
    try:
        t.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    moved = (base / "log.txt").rename(base / "log2.txt")
    print(type(moved).__name__, moved, moved.exists(), (base / "log.txt").exists())
    print((base / "blob.bin").replace("work/log2.txt"), (base / "log2.txt").read_bytes())
    print(Path("work").rename("work2"), Path("work2").is_dir())
    try:
        Path("work2/src").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    Path("work2/src/pkg/__init__.py").unlink()
    Path("work2/src/pkg/util.py").unlink()
    Path("work2/src/pkg").rmdir()
    f = Path("work2/README.md")
    print(Path("work2/src/pkg").exists(), f.owner() == Path(tmp).owner(), isinstance(f.group(), str))

    old_home = os.environ.get("HOME")
    os.environ["HOME"] = "/home/tester"
    print(Path("~/docs").expanduser(), Path("~").expanduser(), Path("x/~").expanduser(), Path.home())
    if old_home is not None:
        os.environ["HOME"] = old_home
    os.chdir("/")

p = PurePosixPath("/usr/lib/python3.11/site-packages/pkg.tar.gz")
print(p.parents[0], p.parents[-1], p.parents[1:3], p.parents[::-2], len(p.parents), repr(p.parents))
try:
    p.parents[10]
except IndexError as e:
    print("IndexError", e)
print(p.relative_to("/usr"), p.relative_to("/usr/lib", "python3.11"), p.is_relative_to("/opt"))
try:
    p.relative_to("lib")
except ValueError as e:
    print("ValueError:", e)
try:
    p.relative_to()
except TypeError as e:
    print("TypeError:", e)
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("/z"), PurePosixPath("a")]))
print(PurePosixPath("a") == PureWindowsPath("a"), PureWindowsPath("A/B") == PureWindowsPath("a\\b"), PurePosixPath("A") == PurePosixPath("a"))
try:
    PurePosixPath("a") < PureWindowsPath("b")
except TypeError as e:
    print("TypeError:", e)
print(os.fspath(p), bytes(PurePosixPath("/é")), p.as_uri(), PurePosixPath("/a b/ç").as_uri())
print(PureWindowsPath("c:/Users/x y").as_uri(), PureWindowsPath("//host/share/a b").as_uri())
try:
    PurePosixPath("rel").as_uri()
except ValueError as e:
    print("ValueError:", e)
print({PurePosixPath("a/b"): 1}[PurePosixPath("a//b/")], PureWindowsPath("C:/x") in {PureWindowsPath("c:\\X")})
