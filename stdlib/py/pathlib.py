"""Object-oriented file-system paths, as CPython 3.11's pathlib behaves on
POSIX: the pure classes (PurePosixPath, and PureWindowsPath with Windows
rules) do path arithmetic only; Path and PosixPath also touch the file
system. Written for rebeam."""

import fnmatch
import os
import posixpath
import sys
from collections.abc import Sequence
from errno import EBADF, ELOOP, ENOENT, ENOTDIR
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(e):
    return getattr(e, "errno", None) in _IGNORED_ERRNOS


def _split_root(text):
    """(root, rest) of one POSIX path string: exactly two leading slashes
    are kept, one or three and more become one."""
    if not text.startswith("/"):
        return "", text
    rest = text.lstrip("/")
    if len(text) - len(rest) == 2:
        return "//", rest
    return "/", rest


def _arg_text(a):
    a = os.fspath(a)
    if not isinstance(a, str):
        raise TypeError("argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % (type(a),))
    return a


class _PosixFlavour:
    """POSIX paths: '/' separates, '//' at the start is a root of its own,
    case matters. A path is kept as its anchor (drive and root) and the
    list of its other components."""

    sep = "/"
    altsep = ""

    def parse(self, args):
        """(anchor, parts) of the arguments of a path constructor."""
        root = ""
        parts = []
        for a in args:
            if isinstance(a, PurePath) and a._flavour is self:
                piece_root, piece_parts = a._root, a._tail
            elif isinstance(a, PurePath):
                sub_root, piece_parts = self.parse(a._parts)
                piece_root = sub_root
            else:
                piece_root, rest = _split_root(_arg_text(a))
                piece_parts = [x for x in rest.split("/") if x and x != "."]
            if piece_root:
                root = piece_root
                parts = list(piece_parts)
            else:
                parts.extend(piece_parts)
        return root, parts

    def join(self, anchor, tail, anchor2, tail2):
        if anchor2:
            return anchor2, tail2
        return anchor, tail + tail2

    def split_anchor(self, anchor):
        return "", anchor

    def casefold(self, s):
        return s

    def is_absolute(self, anchor):
        return bool(anchor)

    def is_reserved(self, path):
        return False


_DRIVE_LETTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WINDOWS_RESERVED = ({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} |
                     {"COM%s" % c for c in "123456789\xb9\xb2\xb3"} |
                     {"LPT%s" % c for c in "123456789\xb9\xb2\xb3"})


class _WindowsFlavour:
    """Windows paths: '\\' and '/' separate, a drive ('C:' or a UNC
    share '\\\\server\\share') may come before the root, case does not
    matter in comparisons."""

    sep = "\\"
    altsep = "/"

    def split_root(self, part):
        """(drive, root, rest) of one path string using backslashes."""
        sep = "\\"
        prefix = ""
        if part.startswith("\\\\?\\"):
            prefix, part = part[:4], part[4:]
            if part.startswith("UNC\\"):
                prefix += part[:3]
                part = sep + part[3:]
        first, second, third = part[0:1], part[1:2], part[2:3]
        if second == sep and first == sep and third != sep:
            index = part.find(sep, 2)
            if index != -1:
                index2 = part.find(sep, index + 1)
                if index2 != index + 1:
                    if index2 == -1:
                        index2 = len(part)
                    if prefix:
                        return prefix + part[1:index2], sep, part[index2 + 1:]
                    return part[:index2], sep, part[index2 + 1:]
        drv = root = ""
        if second == ":" and first in _DRIVE_LETTERS:
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def _parse3(self, args):
        texts = []
        for a in args:
            if isinstance(a, PurePath):
                texts.extend(a._parts)
            else:
                texts.append(_arg_text(a))
        parsed = []
        drv = root = ""
        it = reversed(texts)
        for part in it:
            if not part:
                continue
            part = part.replace("/", "\\")
            drv, root, rel = self.split_root(part)
            for x in reversed(rel.split("\\")):
                if x and x != ".":
                    parsed.append(x)
            if drv or root:
                if not drv:
                    for part in it:
                        if not part:
                            continue
                        drv = self.split_root(part.replace("/", "\\"))[0]
                        if drv:
                            break
                break
        parsed.reverse()
        return drv, root, parsed

    def parse(self, args):
        drv, root, parts = self._parse3(args)
        return drv + root, parts

    def join(self, anchor, tail, anchor2, tail2):
        drv, root = self.split_anchor(anchor)
        drv2, root2 = self.split_anchor(anchor2)
        if root2:
            if not drv2 and drv:
                return drv + root2, tail2
        elif drv2:
            if drv2.lower() == drv.lower():
                return anchor, tail + tail2
        else:
            return anchor, tail + tail2
        return anchor2, tail2

    def split_anchor(self, anchor):
        if anchor.endswith("\\"):
            return anchor[:-1], "\\"
        return anchor, ""

    def casefold(self, s):
        return s.lower()

    def is_absolute(self, anchor):
        drv, root = self.split_anchor(anchor)
        return bool(drv and root)

    def is_reserved(self, path):
        parts = path._parts
        if not parts or parts[0].startswith("\\\\"):
            return False
        name = parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in _WINDOWS_RESERVED


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


def _quote(text):
    safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"
    out = []
    for b in text.encode("utf-8", "surrogateescape"):
        c = chr(b)
        out.append(c if c in safe else "%%%02X" % b)
    return "".join(out)


class _PathParents(Sequence):
    """The logical ancestors of a path, nearest first."""

    def __init__(self, path):
        self._cls = type(path)
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self._tail)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._cls._from_parsed(self._root, self._tail[:n - idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._cls.__name__)


class PurePath(object):
    """A path that does no I/O. PurePath(...) makes a PurePosixPath."""

    __slots__ = ("_root", "_tail", "_str_cache")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._tail = cls._flavour.parse(args)
        self._str_cache = None
        return self

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = list(tail)
        self._str_cache = None
        return self

    @property
    def _parts(self):
        if self._root:
            return [self._root] + self._tail
        return list(self._tail)

    @property
    def _cparts(self):
        if self._flavour is _posix_flavour:
            return self._parts
        return [p.lower() for p in self._parts]

    def _make_child(self, args):
        root, tail = self._flavour.parse(args)
        return self._from_parsed(*self._flavour.join(self._root, self._tail, root, tail))

    def _make_child_relpath(self, name):
        return self._from_parsed(self._root, self._tail + [name])

    def __str__(self):
        s = self._str_cache
        if s is None:
            s = (self._root + self._flavour.sep.join(self._tail)) or "."
            self._str_cache = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self).replace(self._flavour.sep, "/")

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._flavour is _posix_flavour:
            return "file://" + _quote(str(self))
        drive = self.drive
        if len(drive) == 2 and drive[1] == ":":
            rest = self.as_posix()[2:].lstrip("/")
            return "file:///%s/%s" % (drive, _quote(rest))
        return "file:" + _quote(self.as_posix())

    def __eq__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts == other._cparts

    def __hash__(self):
        return hash(tuple(self._cparts))

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive: always '' on POSIX, such as 'C:' on Windows."""
        return self._flavour.split_anchor(self._root)[0]

    @property
    def root(self):
        """The root, '/' (or '//'), or ''."""
        return self._flavour.split_anchor(self._root)[1]

    @property
    def anchor(self):
        """Drive and root together."""
        return self._root

    @property
    def parts(self):
        """The components of the path as a tuple, root first."""
        return tuple(self._parts)

    @property
    def name(self):
        """The final component, without the root."""
        if not self._tail:
            return ""
        return self._tail[-1]

    @property
    def suffix(self):
        """The extension of the final component, such as '.txt'."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """All extensions of the final component, such as ['.tar', '.gz']."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """The path with its final component replaced by name."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        root, parts = f.parse((name,))
        if not name or name[-1] in (f.sep, f.altsep) or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """The path with its stem replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced, added, or removed (suffix '')."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other, which must be one of its ancestors
        (or itself); ValueError otherwise."""
        if not other:
            raise TypeError("need at least one argument")
        root, tail = self._flavour.parse(other)
        cf = self._flavour.casefold
        mine = self._parts
        theirs = ([root] if root else []) + tail
        n = len(theirs)
        if (self._root if n == 0 else [cf(x) for x in mine[:n]] != [cf(x) for x in theirs]):
            formatted = self._from_parsed(root, tail)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        rest = mine[n:]
        if n == 0 and self._root:
            rest = self._tail
        return self._from_parsed("", rest)

    def is_relative_to(self, *other):
        """Whether the path is relative to other."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """The path joined with each argument in turn."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        """The logical ancestors of the path, as a sequence."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root."""
        return self._flavour.is_absolute(self._root)

    def is_reserved(self):
        """Whether the path is reserved: never on POSIX."""
        return self._flavour.is_reserved(self)

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from
        the right (or whole, for an absolute pattern)."""
        f = self._flavour
        root, pat_tail = f.parse((path_pattern,))
        pat_parts = [f.casefold(x) for x in ([root] if root else []) + pat_tail]
        if not pat_parts:
            raise ValueError("empty pattern")
        drv, only_root = f.split_anchor(root)
        my_drv, my_root = f.split_anchor(self._root)
        if drv and f.casefold(drv) != f.casefold(my_drv):
            return False
        if only_root and only_root != my_root:
            return False
        parts = self._cparts
        if root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""

    __slots__ = ()
    _flavour = _posix_flavour


class PureWindowsPath(PurePath):
    """A pure path with Windows semantics."""

    __slots__ = ()
    _flavour = _windows_flavour


# file-system paths

def _is_wildcard(pat):
    return "*" in pat or "?" in pat or "[" in pat


class _Terminal:
    def select(self, path):
        yield path


class _Precise:
    def __init__(self, name, successor, dironly):
        self.name = name
        self.successor = successor
        self.dironly = dironly

    def select(self, parent):
        try:
            path = parent._make_child_relpath(self.name)
            if path.is_dir() if self.dironly else path.exists():
                yield from self.successor.select(path)
        except PermissionError:
            return


def _entries(path):
    with os.scandir(path) as it:
        return list(it)


class _Wildcard:
    def __init__(self, pat, successor, dironly):
        self.pat = pat
        self.successor = successor
        self.dironly = dironly

    def select(self, parent):
        try:
            for entry in _entries(parent):
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as e:
                        if not _ignore_error(e):
                            raise
                        continue
                name = entry.name
                if fnmatch.fnmatchcase(name, self.pat):
                    yield from self.successor.select(parent._make_child_relpath(name))
        except PermissionError:
            return


class _Recursive:
    def __init__(self, successor):
        self.successor = successor

    def _dirs(self, parent):
        yield parent
        try:
            for entry in _entries(parent):
                is_dir = False
                try:
                    is_dir = entry.is_dir()
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                if is_dir and not entry.is_symlink():
                    yield from self._dirs(parent._make_child_relpath(entry.name))
        except PermissionError:
            return

    def select(self, parent):
        seen = set()
        for start in self._dirs(parent):
            for p in self.successor.select(start):
                if p not in seen:
                    yield p
                    seen.add(p)


def _selector(parts):
    if not parts or not parts[0]:
        return _Terminal()
    pat, rest = parts[0], parts[1:]
    successor = _selector(rest)
    dironly = bool(rest)
    if pat == "**":
        return _Recursive(successor)
    if "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if _is_wildcard(pat):
        return _Wildcard(pat, successor, dironly)
    return _Precise(pat, successor, dironly)


_user_names = {}


def _id_name(filename, ident):
    key = (filename, ident)
    if key not in _user_names:
        name = None
        try:
            with open(filename) as f:
                for line in f:
                    fields = line.rstrip("\n").split(":")
                    if len(fields) > 2 and fields[2] == str(ident):
                        name = fields[0]
                        break
        except OSError:
            pass
        _user_names[key] = name
    name = _user_names[key]
    if name is None:
        kind = "uid" if filename == "/etc/passwd" else "gid"
        raise KeyError("getpwuid(): %s not found: %d" % (kind, ident) if kind == "uid"
                       else "getgrgid(): gid not found: %d" % ident)
    return name


class Path(PurePath):
    """A path on the file system. Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path is the same file as this one."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The entries of the directory, as paths (in no set order)."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _glob_parts(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = self._flavour.parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == "/":
            parts.append("")
        return parts

    def glob(self, pattern):
        """Iterate over the paths below this one that match pattern."""
        sys.audit("pathlib.Path.glob", self, pattern) if hasattr(sys, "audit") else None
        selector = _selector(tuple(self._glob_parts(pattern)))
        if not self.is_dir():
            return
        yield from selector.select(self)

    def rglob(self, pattern):
        """glob() with '**/' in front of pattern: match at any depth."""
        sys.audit("pathlib.Path.rglob", self, pattern) if hasattr(sys, "audit") else None
        root, parts = self._flavour.parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == "/":
            parts.append("")
        selector = _selector(("**",) + tuple(parts))
        if not self.is_dir():
            return
        yield from selector.select(self)

    def absolute(self):
        """The path made absolute against the current directory, without
        normalising or resolving symlinks."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symlinks resolved and '..' removed."""
        def check_eloop(e):
            if getattr(e, "errno", None) == ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path: a symlink itself, not its target."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """The name of the user owning the file."""
        return _id_name("/etc/passwd", self.stat().st_uid)

    def group(self):
        """The name of the group owning the file."""
        return _id_name("/etc/group", self.stat().st_gid)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the builtin open() does."""
        import builtins
        return builtins.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The content of the file as bytes."""
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The content of the file as str."""
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Write bytes to the file, replacing it; returns the count."""
        view = bytes(memoryview(data))
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write str to the file, replacing it; returns the count."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times when it exists."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory; parents creates missing ancestors and
        exist_ok accepts an existing directory."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits."""
        if not follow_symlinks:
            raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
        os.chmod(self, mode)

    def lchmod(self, mode):
        return self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or symbolic link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the empty directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename the file or directory to target; returns the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename to target, replacing an existing file there."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(target, self)

    def link_to(self, target):
        os.link(self, target)

    def _mode_test(self, test, follow=True):
        try:
            return test(self.stat(follow_symlinks=follow).st_mode)
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False

    def exists(self):
        """Whether the path exists (following symlinks)."""
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        return self._mode_test(S_ISDIR)

    def is_file(self):
        return self._mode_test(S_ISREG)

    def is_symlink(self):
        return self._mode_test(S_ISLNK, False)

    def is_block_device(self):
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        return self._mode_test(S_ISCHR)

    def is_fifo(self):
        return self._mode_test(S_ISFIFO)

    def is_socket(self):
        return self._mode_test(S_ISSOCK)

    def is_mount(self):
        """Whether the path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_st = self.parent.stat()
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_st.st_dev:
            return True
        return st.st_ino == parent_st.st_ino

    def expanduser(self):
        """The path with a leading ~ replaced by the home directory."""
        if not self._root and self._tail and self._tail[0][:1] == "~":
            home = os.path.expanduser(self._tail[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A file-system path on POSIX."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths cannot be made on POSIX."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
