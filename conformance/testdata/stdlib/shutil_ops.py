import io
import os
import shutil
import stat
import tempfile

print(sorted(n for n in shutil.__all__ if "archive" not in n and "unpack" not in n))
print(shutil.COPY_BUFSIZE, issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError))

src = io.BytesIO(b"0123456789" * 3)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 7)
print(dst.getvalue())
src = io.StringIO("text data")
dst = io.StringIO()
shutil.copyfileobj(src, dst)
print(dst.getvalue())


def listing(top):
    found = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        rel = os.path.relpath(root, top)
        for name in sorted(files):
            path = os.path.join(root, name)
            kind = "L" if os.path.islink(path) else "F"
            found.append("%s %s" % (kind, os.path.normpath(os.path.join(rel, name))))
        for name in dirs:
            found.append("D %s" % os.path.normpath(os.path.join(rel, name)))
    return found


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("proj/pkg/sub")
    os.makedirs("proj/build")
    files = {"proj/README": "readme", "proj/pkg/__init__.py": "", "proj/pkg/mod.py": "x = 1\n",
             "proj/pkg/mod.pyc": "junk", "proj/pkg/sub/data.txt": "data", "proj/build/out.o": "obj"}
    for name, text in files.items():
        with open(name, "w") as f:
            f.write(text)
    os.chmod("proj/pkg/mod.py", 0o640)
    os.utime("proj/pkg/mod.py", ns=(1_500_000_000_000_000_000, 1_600_000_000_123_456_789))
    os.symlink("mod.py", "proj/pkg/alias.py")

    print(shutil.copyfile("proj/pkg/alias.py", "alias_copy"), os.path.islink("alias_copy"))
    print(shutil.copyfile("proj/pkg/alias.py", "alias_link", follow_symlinks=False), os.readlink("alias_link"))
    try:
        shutil.copyfile("proj/README", "./proj/../proj/README")
    except shutil.SameFileError as e:
        print("SameFileError:", e)
    try:
        shutil.copy("proj/README", "proj")
        shutil.copy("proj/README", "proj/README")
    except shutil.SameFileError as e:
        print("SameFileError:", e)
    try:
        shutil.copyfile("proj/README", "missing_dir/")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    if hasattr(os, "mkfifo"):
        os.mkfifo("fifo")
        try:
            shutil.copyfile("fifo", "fifo_copy")
        except shutil.SpecialFileError as e:
            print("SpecialFileError:", e)
        os.unlink("fifo")
    else:
        print("SpecialFileError: `fifo` is a named pipe")

    target = shutil.copy2("proj/pkg/mod.py", "mod_copy.py")
    st = os.stat(target)
    print(target, oct(stat.S_IMODE(st.st_mode)), st.st_mtime_ns)
    target = shutil.copy("proj/pkg/mod.py", "mod_plain.py")
    print(target, oct(stat.S_IMODE(os.stat(target).st_mode)), os.stat(target).st_mtime_ns == st.st_mtime_ns)
    with open("blank", "w"):
        pass
    shutil.copystat("proj/pkg/mod.py", "blank")
    print(oct(stat.S_IMODE(os.stat("blank").st_mode)), os.stat("blank").st_mtime_ns)
    os.chmod("blank", 0o600)
    shutil.copymode("mod_copy.py", "blank")
    print(oct(stat.S_IMODE(os.stat("blank").st_mode)))

    calls = []

    def ignore(path, names):
        calls.append((os.path.relpath(path), sorted(names)))
        return {n for n in names if n.endswith(".pyc") or n == "build"}

    print(shutil.copytree("proj", "copy1", ignore=ignore))
    for call in calls:
        print(" ignore", call)
    print(listing("copy1"))
    print(shutil.copytree("proj", "copy2", symlinks=True, ignore=shutil.ignore_patterns("*.o", "sub")))
    print(listing("copy2"))
    print(oct(stat.S_IMODE(os.stat("copy2/pkg/mod.py").st_mode)), os.stat("copy2/pkg/mod.py").st_mtime_ns)
    try:
        shutil.copytree("proj", "copy2")
    except FileExistsError as e:
        print("FileExistsError:", e)
    with open("copy2/pkg/mod.py", "w") as f:
        f.write("changed")
    shutil.copytree("proj", "copy2", dirs_exist_ok=True, copy_function=shutil.copy)
    print(open("copy2/pkg/mod.py").read(), listing("copy2"))
    try:
        shutil.copytree("nothing_here", "copy3")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    seen = []

    def failing_copy(s, d):
        seen.append(os.path.basename(s))
        if s.endswith(".txt"):
            raise OSError("cannot copy " + os.path.basename(s))
        return d

    try:
        shutil.copytree("proj", "copy4", copy_function=failing_copy)
    except shutil.Error as e:
        print("Error:", [(os.path.relpath(a), os.path.relpath(b), why) for a, b, why in e.args[0]])
    print(sorted(seen))

    errors = []
    shutil.rmtree("copy1/README", onerror=lambda fn, path, info: errors.append((fn.__name__, path, info[0].__name__)))
    shutil.rmtree("does/not/exist", onerror=lambda fn, path, info: errors.append((fn.__name__, path, info[0].__name__)))
    os.symlink("copy2", "copy_link")
    shutil.rmtree("copy_link", onerror=lambda fn, path, info: errors.append((fn.__name__, path, str(info[1]))))
    for e in errors:
        print(" rmtree error", e)
    try:
        shutil.rmtree("copy_link")
    except OSError as e:
        print(type(e).__name__, e)
    try:
        shutil.rmtree("copy1/README")
    except NotADirectoryError as e:
        print("NotADirectoryError:", e)
    shutil.rmtree("copy1")
    shutil.rmtree("copy1", ignore_errors=True)
    print(os.path.exists("copy1"), os.path.exists("copy2"))

    os.mkdir("box")
    print(shutil.move("mod_plain.py", "box"), shutil.move("box/mod_plain.py", "box/renamed.py"))
    print(shutil.move("copy2", "box"), shutil.move("box/copy2", "moved_tree"))
    with open("mod_plain.py", "w") as f:
        f.write("again")
    try:
        shutil.move("mod_plain.py", "box/renamed.py/")
    except OSError as e:
        print(type(e).__name__)
    shutil.copy("mod_plain.py", "box/mod_plain.py")
    try:
        shutil.move("mod_plain.py", "box")
    except shutil.Error as e:
        print("Error:", e)
    try:
        shutil.move("moved_tree", "moved_tree/pkg")
    except shutil.Error as e:
        print("Error:", e)
    print(shutil.move("copy_link", "box/link2"), os.path.islink("box/link2"))
    print(listing("box"))

    os.makedirs("bin1")
    os.makedirs("bin2")
    for d, mode in (("bin1", 0o644), ("bin2", 0o755)):
        with open(os.path.join(d, "tool"), "w") as f:
            f.write("#!/bin/sh\n")
        os.chmod(os.path.join(d, "tool"), mode)
    print(shutil.which("tool", path="bin1" + os.pathsep + "bin2"), shutil.which("tool", path="bin1"))
    print(shutil.which("tool", mode=os.F_OK, path="bin1:bin2"), shutil.which("tool", path=""))
    print(shutil.which("bin2/tool"), shutil.which("bin1/tool"), shutil.which("bin2"))
    saved_path = os.environ.get("PATH")
    os.environ["PATH"] = os.path.abspath("bin2")
    print(os.path.relpath(shutil.which("tool")), shutil.which("ls"))
    os.environ["PATH"] = saved_path
    os.chdir("/")

saved = {k: os.environ.get(k) for k in ("COLUMNS", "LINES")}
os.environ["COLUMNS"] = "123"
os.environ["LINES"] = "45"
print(shutil.get_terminal_size(), tuple(shutil.get_terminal_size((1, 2))))
os.environ["COLUMNS"] = "oops"
print(shutil.get_terminal_size((70, 20)).lines)
for k, v in saved.items():
    if v is None:
        os.environ.pop(k, None)
    else:
        os.environ[k] = v
usage = shutil.disk_usage("/")
print(type(usage).__name__, usage._fields, usage.total >= usage.free)
try:
    shutil.chown("/nonexistent")
except ValueError as e:
    print("ValueError:", e)
